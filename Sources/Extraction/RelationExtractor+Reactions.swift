import NewsGraphCore

/// Reactions told from the act's side: "The ruling drew an angry response
/// from the union", "Russia vetoed the draft, drawing sharp criticism from
/// Britain", "The accord won praise from Japan and South Korea". Whoever
/// reacts opposes (or supports) the act's doer: the first name before the
/// verb, else who decided what the article last spoke of.
extension SentenceContext {
    mutating func findReactions() {
        for verb in tokens.indices where Self.drawingVerbs.contains(tokens[verb].lowercased) {
            guard let (type, from) = reaction(after: verb) else { continue }
            let reactors = namesListed(from: from)
            let actor = mentions.first { $0.mention.tokens.upperBound <= verb && kind($0.entity) != .location }?.entity ?? lastProposer
            guard let actor else { continue }
            for reactor in reactors where reactor != actor && kind(reactor) != .policy && kind(reactor) != .location {
                add(reactor, type, actor, 0.6, at: verb)
            }
        }
    }

    /// After a drawing verb, "(an angry) response from": the stance the
    /// reaction's noun takes and where the names after "from" start.
    private func reaction(after verb: Int) -> (RelationType, Int)? {
        var word = verb + 1
        var isHostile = false
        while word + 1 < tokens.count, word - verb <= 4, tokens[word - 1].punctuationAfter == nil {
            let noun = tokens[word].lowercased
            if Self.hostileAdjectives.contains(noun) { isHostile = true }
            let type: RelationType? = Self.criticismNouns.contains(noun) || isHostile && Self.reactionNouns.contains(noun)
                ? .opposes : Self.praiseNouns.contains(noun) ? .supports : nil
            if let type {
                guard tokens[word].punctuationAfter == nil, ["from", "among"].contains(tokens[word + 1].lowercased) else { return nil }
                return (type, word + 2)
            }
            word += 1
        }
        return nil
    }

    /// The names of a list starting at `start`, past "the": "from Britain,
    /// France and the United States". An owner stands for what it owns
    /// ("Georgia's Foreign Ministry" is the ministry), and a name describing
    /// a noun is none of the list's, unless the noun is the state's
    /// ("Mexican leadership" is Mexico; "African diplomats" no African Union).
    private func namesListed(from start: Int) -> [Int] {
        var names: [Int] = []
        var word = start
        for item in mentions where item.mention.tokens.lowerBound >= start {
            guard tokens[word..<item.mention.tokens.lowerBound].allSatisfy({ Self.listJoiners.contains($0.lowercased) }) else { break }
            word = item.mention.tokens.upperBound
            if item.mention.isPossessive { continue }
            if word < tokens.count, tokens[word - 1].punctuationAfter == nil, !tokens[word].isCapitalized,
               !Self.listJoiners.contains(tokens[word].lowercased) {
                guard kind(item.entity) == .country, Self.stateNouns.contains(tokens[word].lowercased) else { break }
                names.append(item.entity)
                break
            }
            names.append(item.entity)
        }
        return names
    }

    private static let drawingVerbs: Set<String> = [
        "drew", "draws", "drawn", "drawing", "sparked", "sparks", "sparking", "prompted", "prompting", "provoked",
        "provokes", "provoking", "triggered", "triggering", "won", "wins", "winning", "earned", "earning", "attracted",
        "attracting", "faced", "faces", "facing", "received", "receiving",
    ]
    private static let criticismNouns: Set<String> = [
        "criticism", "condemnation", "condemnations", "protest", "protests", "outrage", "anger", "backlash", "rebuke",
        "rebukes", "objection", "objections", "opposition", "complaints", "fury", "ire", "scorn",
    ]
    private static let praiseNouns: Set<String> = ["praise", "backing", "applause", "endorsement", "endorsements", "plaudits"]
    /// A neutral noun an adjective makes hostile: "an angry response".
    private static let reactionNouns: Set<String> = ["response", "reaction", "reply", "rebuttal"]
    private static let hostileAdjectives: Set<String> = ["angry", "furious", "sharp", "hostile", "strong", "fierce", "scathing"]
    private static let stateNouns: Set<String> = ["government", "leadership", "authorities", "officials", "administration"]
    private static let listJoiners: Set<String> = ["the", "and", "its", "their"]
}
