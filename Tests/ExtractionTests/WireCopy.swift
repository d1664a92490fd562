import Extraction
import NewsGraphCore

/// `text` extracted as the body of a one-line-headline wire report.
func wireCopy(_ text: String) -> DocumentExtraction {
    Extractor().extract(Article(path: "t.txt", text: "Wire Copy\n\n" + text), documentID: "t")
}

/// The relations of ``wireCopy(_:)`` as "source type target" lines.
func wireRelations(_ text: String) -> [String] {
    wireCopy(text).relations.map { "\($0.source) \($0.type.rawValue) \($0.target)" }
}
