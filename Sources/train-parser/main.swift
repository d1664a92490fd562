import Extraction
import Foundation
import NewsGraphCore

/// Trains the dependency parser and scores it. `Scripts/train-parser.sh` is
/// the reproducible way to run it; this is the machinery.
///
///     train-parser --output FILE [--test FILE]... [--parser-epochs N] [--tagger-epochs N]
///                  [--smallest-weight W] TRAINING_FILE...
///
/// All files are CoNLL-U with `# text =` lines.
var output = ""
var tests: [String] = []
var training: [String] = []
var trainer = DependencyParserTrainer()
var arguments = CommandLine.arguments.dropFirst()
while let argument = arguments.popFirst() {
    switch argument {
    case "--output": output = arguments.popFirst() ?? ""
    case "--test": tests.append(arguments.popFirst() ?? "")
    case "--parser-epochs": trainer.parserEpochs = Int(arguments.popFirst() ?? "") ?? trainer.parserEpochs
    case "--tagger-epochs": trainer.taggerEpochs = Int(arguments.popFirst() ?? "") ?? trainer.taggerEpochs
    case "--smallest-weight": trainer.smallestWeight = Double(arguments.popFirst() ?? "") ?? trainer.smallestWeight
    default: training.append(argument)
    }
}
guard !output.isEmpty, !training.isEmpty else {
    FileHandle.standardError.write(Data("usage: train-parser --output FILE [--test FILE]... TRAINING_FILE...\n".utf8))
    exit(2)
}
do {
    let sentences = try training.flatMap { try Treebank.read(URL(fileURLWithPath: $0)) }
    let provenance = "arc-hybrid parser with a dynamic oracle, tagger and labeler: averaged perceptrons, "
        + "seed \(trainer.seed); trained on \(training.count) GUM documents (\(sentences.count) sentences)"
    let bytes = trainer.train(sentences, provenance: provenance) { print($0) }
    try Data(bytes).write(to: URL(fileURLWithPath: output), options: .atomic)
    print("wrote \(output): \(bytes.count) bytes")
    if !tests.isEmpty {
        let parser = try DependencyParser(contentsOf: URL(fileURLWithPath: output))
        let testSentences = try tests.flatMap { try Treebank.read(URL(fileURLWithPath: $0)) }
        let score = parser.score(testSentences)
        print(String(format: "test (%d words): tags %.1f%%  UAS %.1f%%  LAS %.1f%%",
                     score.words, score.tags * 100, score.unlabeled * 100, score.labeled * 100))
    }
} catch {
    FileHandle.standardError.write(Data("train-parser: \(error)\n".utf8))
    exit(1)
}
