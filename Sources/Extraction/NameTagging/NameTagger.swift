import Foundation

/// A learned tagger of person, organization and location names: a
/// structured averaged perceptron over ``TaggerFeatures`` with exact
/// (Viterbi) decoding, trained by `Scripts/train-tagger.sh` from open
/// corpora (see DATA-LICENSES.md) and shipped as `name-tagger.model`.
///
/// A perceptron rather than a CRF: on this data it scored as well, trains
/// in a fraction of the time with nothing but integer updates (so training
/// is reproducible to the byte), and decodes with the same Viterbi.
public struct NameTagger: Sendable {
    let features: FeatureTable
    /// A row per feature, a lane per tag (13 of 16 used: one vector add per feature).
    let weights: [SIMD16<Float>]
    /// `transitions[(previous + 1) * NameTag.count + tag]`; row 0 is the sentence start.
    let transitions: [Float]
    let gazetteer: NameGazetteer
    /// The fingerprint of the lexicon's name cues the model was trained with:
    /// its features read them, so it must be trained again when they change.
    let nameCues: UInt64
    /// What the model was trained on, as the trainer wrote it.
    public let provenance: String

    init(
        keys: [UInt64], weights: [Float], transitions: [Float], gazetteer: NameGazetteer, nameCues: UInt64,
        provenance: String
    ) {
        features = FeatureTable(keys: keys, values: keys.indices.map { Int32($0) })
        self.weights = keys.indices.map { row in
            var lanes = SIMD16<Float>.zero
            for tag in 0..<NameTag.count { lanes[tag] = weights[row * NameTag.count + tag] }
            return lanes
        }
        self.transitions = transitions
        self.gazetteer = gazetteer
        self.nameCues = nameCues
        self.provenance = provenance
    }

    /// The names in a sentence's words, except in runs of capitalized words
    /// for which `skipping` is true. Runs are read independently, so a run
    /// skipped changes nothing in the others.
    func names(in tokens: [Token], skipping: (Range<Int>) -> Bool = { _ in false }) -> [NameSpan] {
        let sentence = SentenceFeatures(tokens: tokens, gazetteer: gazetteer, skipping: skipping)
        var names: [NameSpan] = []
        weights.withUnsafeBufferPointer { weights in
            for segment in sentence.segments {
                // A row per feature, a lane per tag: one vector add per feature of a word.
                let emissions = segment.map { word in
                    sentence.keys(ofWord: word).reduce(into: SIMD16<Float>.zero) { scores, key in
                        if let row = features.value(of: key) { scores += weights[row] }
                    }
                }
                let tags = Viterbi.decode(emissions: emissions, transitions: transitions, afterOutside: segment.lowerBound > 0)
                for name in NameTag.spans(of: tags) {
                    let start = segment.lowerBound + name.tokens.lowerBound
                    names.append(NameSpan(tokens: start..<(start + name.tokens.count), type: name.type))
                }
            }
        }
        return names
    }

    /// Whether `tokens` are a whole name on one of the tagger's lists.
    func isListed(_ tokens: ArraySlice<Token>) -> Bool { gazetteer.lists(tokens) }

    /// Whether `tokens` name a listed body and no listed person ("Merrill Lynch").
    func isListedOnlyAsOrganization(_ tokens: ArraySlice<Token>) -> Bool {
        gazetteer.lists(tokens, on: .organization, unless: [.person])
    }

    /// Whether `tokens` name a listed city and no listed body or person ("Boston").
    func isListedOnlyAsCity(_ tokens: ArraySlice<Token>) -> Bool {
        gazetteer.lists(tokens, on: .city, unless: [.organization, .person])
    }

    /// Whether `tokens` name a listed region and no listed state, body or person ("British Columbia").
    func isListedOnlyAsRegion(_ tokens: ArraySlice<Token>) -> Bool {
        gazetteer.lists(tokens, on: .region, unless: [.country, .organization, .person])
    }

    /// Whether the name `text` is a listed city and no listed body or person ("Brno").
    func isListedOnlyAsCity(_ text: String) -> Bool { isListedOnlyAsCity(Tokenizer.tokens(of: text)[...]) }

    /// Whether `token`'s word is an everyday English word.
    func isCommonWord(_ token: Token) -> Bool { gazetteer.isCommonWord(token) }

    /// Whether `token`'s word opens many listed people's names: a given name.
    func opensPersonName(_ token: Token) -> Bool { gazetteer.lists([token][...], on: .personStart) }

    /// The tagger shipped with NewsGraph, or nil if its model file is missing
    /// (extraction then runs on its rules alone).
    public static let bundled: NameTagger? = {
        guard let url = Bundle.module.url(forResource: "name-tagger", withExtension: "model") else { return nil }
        do {
            return try NameTagger(contentsOf: url)
        } catch {
            fatalError("NewsGraph's bundled name tagger is broken: \(error)")
        }
    }()
}
