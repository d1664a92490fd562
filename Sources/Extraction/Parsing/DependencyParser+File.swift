import Foundation

/// The model file (``ModelFile``, magic `NGDP`): the tagger, the transition
/// model and the labeler.
extension DependencyParser {
    static let file = ModelFile(magic: "NGDP", version: 1, contents: "dependency parser model")

    /// Reads a model file, naming it in the error when it cannot.
    public init(contentsOf url: URL) throws {
        var reader = try Self.file.reader(for: url)
        do {
            tagger = try reader.model(classCount: PartOfSpeech.allCases.count)
            transitions = try reader.model(classCount: ParserState.Transition.allCases.count)
            labeler = try reader.model(classCount: DependencyLabel.allCases.count)
            provenance = try reader.note()
        } catch {
            throw Self.file.damaged(url)
        }
    }
}
