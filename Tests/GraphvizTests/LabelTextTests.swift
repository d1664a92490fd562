import Graphviz
import Testing

@Suite struct LabelTextTests {
    @Test(arguments: ["plain", #"a\b"#, "x & y", "line\nbreak", #"\N"#, "&amp; literal", "trailing\\"])
    func escapingRoundTrips(text: String) {
        #expect(LabelText.unescaped(LabelText.escaped(text)) == text)
    }

    @Test func lineEndingsComeBackAsNewlines() {
        #expect(LabelText.unescaped(LabelText.escaped("a\r\nb\rc")) == "a\nb\nc")
    }

    @Test func escapesWhatGraphvizWouldInterpret() {
        #expect(LabelText.escaped(#"\N & co"#) == #"\\N &amp; co"#)
        #expect(LabelText.escaped("a\nb") == #"a\nb"#)
    }
}
