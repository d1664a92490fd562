import Extraction
import Foundation
import Graphviz

/// One fuzz input through the whole text pipeline and the label escaping.
/// Traps (and so reports a crash to libFuzzer) when a property fails:
/// every evidence sentence occurs in the article, escaping round-trips.
func check(_ data: Data) {
    let path = "fuzz.txt"
    if let article = try? ArticleReader.article(from: data, path: path) {
        let extraction = Extractor().extract(article, documentID: "fuzz")
        for relation in extraction.relations where !article.text.contains(relation.sentence) {
            fatalError("evidence sentence not in the article: \(relation.sentence)")
        }
        for entity in extraction.entities where entity.name.isEmpty {
            fatalError("an entity without a name")
        }
    }
    // Line endings come back as "\n": labels have one kind of line break.
    let text = String(decoding: data, as: UTF8.self)
    let normalized = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
    guard LabelText.unescaped(LabelText.escaped(text)) == normalized else {
        fatalError("label escaping does not round-trip")
    }
}

#if FUZZING
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOne(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    check(Data(bytes: bytes, count: count))
    return 0
}

typealias FuzzCallback = @convention(c) (UnsafePointer<UInt8>, Int) -> CInt

// libFuzzer's entry for programs that have their own main.
@_extern(c, "LLVMFuzzerRunDriver")
func runFuzzerDriver(
    _ argc: UnsafeMutablePointer<CInt>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ callback: FuzzCallback
) -> CInt

/// SwiftPM links an executable's entry point as `<target>_main`; hand control
/// to libFuzzer's driver from there.
@_cdecl("extraction_fuzzer_main")
public func fuzzerMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> CInt {
    var count = argc
    var arguments: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = argv
    return runFuzzerDriver(&count, &arguments, fuzzOne)
}
#else
/// Without libFuzzer: runs the inputs named on the command line (a corpus or crash files).
@main
struct Replay {
    static func main() {
        for path in CommandLine.arguments.dropFirst() {
            guard let data = FileManager.default.contents(atPath: path) else { continue }
            check(data)
        }
        print("checked \(CommandLine.arguments.count - 1) inputs")
    }
}
#endif
