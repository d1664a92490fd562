import Evaluation
import Extraction
import Foundation
import NewsGraphCore

/// Trains the name tagger and scores it. `Scripts/train-tagger.sh` is the
/// reproducible way to run it; this is the machinery.
///
///     train-tagger --gazetteers DIR --output FILE [--epochs N] [--share F]
///                  [--smallest-weight W] [--dev FILE]... [--show-errors N] TRAINING_FILE...
///
/// Training and dev files are CoNLL (`Scripts/ner-corpora.py` writes them).
/// `--share` trains on the first share of each training file's sentences, for
/// learning curves.
struct TrainTagger {
    var gazetteers = ""
    var output = ""
    var epochs = 12
    var share = 1.0
    var dev: [String] = []
    var training: [String] = []
    var errorsShown = 0
    var smallestWeight: Double?

    init(arguments: [String]) throws {
        var rest = arguments[...]
        func value(_ flag: String) throws -> String {
            guard let next = rest.popFirst() else { throw FileError(path: flag, reason: "needs a value") }
            return next
        }
        while let argument = rest.popFirst() {
            switch argument {
            case "--gazetteers": gazetteers = try value(argument)
            case "--output": output = try value(argument)
            case "--epochs": epochs = Int(try value(argument)) ?? epochs
            case "--share": share = Double(try value(argument)) ?? share
            case "--dev": dev.append(try value(argument))
            case "--show-errors": errorsShown = Int(try value(argument)) ?? 0
            case "--smallest-weight": smallestWeight = Double(try value(argument))
            default: training.append(argument)
            }
        }
        guard !gazetteers.isEmpty, !output.isEmpty, !training.isEmpty else {
            throw FileError(path: "train-tagger", reason: "usage: train-tagger --gazetteers DIR --output FILE [--epochs N] [--share F] [--dev FILE]... TRAINING_FILE...")
        }
    }

    func run() throws {
        var sentences: [LabeledSentence] = []
        var sources: [String] = []
        for path in training {
            let all = try LabeledCorpus.read(URL(fileURLWithPath: path), format: .conll)
            let kept = all.prefix(Int((Double(all.count) * share).rounded()))
            sentences += kept
            sources.append("\(URL(fileURLWithPath: path).lastPathComponent) (\(kept.count) sentences)")
        }
        var trainer = try NameTaggerTrainer(gazetteerFolder: URL(fileURLWithPath: gazetteers))
        trainer.epochs = epochs
        if let smallestWeight { trainer.smallestWeight = smallestWeight }
        let provenance = "structured averaged perceptron, \(epochs) epochs, seed \(trainer.seed), "
            + "trained on "
            + sources.joined(separator: ", ")
        let start = Date()
        let bytes = trainer.train(sentences, provenance: provenance) { epoch, accuracy in
            print("epoch \(epoch): \(String(format: "%.4f", accuracy)) of training words tagged right")
        }
        try AtomicFile.write(Data(bytes), to: output)
        let url = URL(fileURLWithPath: output)
        print("wrote \(output): \(bytes.count) bytes, \(sentences.count) sentences, \(String(format: "%.1f", Date().timeIntervalSince(start))) s")
        let tagger = try NameTagger(contentsOf: url)
        for path in dev {
            var scores = NameScores()
            var shown = 0
            for sentence in try LabeledCorpus.read(URL(fileURLWithPath: path), format: .conll) {
                let found = tagger.names(in: sentence)
                scores.add(gold: sentence.names, predicted: found)
                if shown < errorsShown, Set(found) != Set(sentence.names) {
                    shown += 1
                    func show(_ names: [NameSpan]) -> String {
                        names.map { "\($0.type.label) \(sentence.words[$0.tokens].joined(separator: " "))" }.joined(separator: " | ")
                    }
                    print("  \(sentence.words.joined(separator: " "))\n    gold:  \(show(sentence.names))\n    found: \(show(found))")
                }
            }
            print("\n\(path)\n\(scores.text)")
        }
    }
}

do {
    try TrainTagger(arguments: Array(CommandLine.arguments.dropFirst())).run()
} catch {
    FileHandle.standardError.write(Data("train-tagger: \(error)\n".utf8))
    exit(1)
}
