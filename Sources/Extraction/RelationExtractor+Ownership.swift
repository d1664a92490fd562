import NewsGraphCore

/// Bodies owned by bodies: "Bramblecrest already owns Portuguese top-flight
/// club CD Alvorada", "Kingsbridge, which was bought in 2022 by the New
/// York-based investment group Halcyon". An organization inside a larger one
/// is its member (the guidelines); a stake is no ownership.
extension SentenceContext {
    mutating func findOwnedBodies() {
        for verb in tokens.indices.dropFirst() where Self.owningVerbs.contains(tokens[verb].lowercased) {
            let window = max(0, verb - 4)..<min(tokens.count, verb + 8)
            guard !window.contains(where: { Self.partialWords.contains(tokens[$0].lowercased) || isMinorityPercentage(at: $0) }) else { continue }
            // "X, which is 70% owned by Y": a participle right before "by" is passive however its auxiliary is parted from it.
            let isOwnedBy = verb + 1 < tokens.count && tokens[verb + 1].lowercased == "by" && tokens[verb].lowercased.hasSuffix("ed")
            if let by = (verb + 1..<min(tokens.count, verb + 5)).first(where: { tokens[$0].lowercased == "by" }),
               followsPassiveAuxiliary(verb) || isOwnedBy {
                // "X, which was bought in 2022 by Y": the owned body before, its owner after "by".
                guard let owned = mentions.last(where: { $0.mention.tokens.upperBound <= verb }), verb - owned.mention.tokens.upperBound <= 4,
                      let owner = body(describedFrom: by + 1, within: 6)?.entity
                else { continue }
                addOwnership(of: owned.entity, by: owner)
            } else if let owner = subject(before: verb), verb - owner.1 <= 4, let owned = body(describedFrom: verb + 1, within: 6) {
                addOwnership(of: owned.entity, by: owner.0)
            }
        }
    }

    /// "Aurora e-Fuels, a joint venture between state oil company ANCAP and
    /// Norsol Energy of Denmark", "Cape Ledge Wind is a joint venture of X and
    /// Y": the venture is a part of each parent.
    mutating func findJointVentureParents() {
        for venture in tokens.indices.dropFirst() where tokens[venture].lowercased == "venture"
            && tokens[venture - 1].lowercased == "joint" && tokens[venture].punctuationAfter == nil {
            // "a joint venture of X and Y", "a joint venture owned by X and Y".
            guard venture + 2 < tokens.count else { continue }
            let isOwnedBy = Self.ventureOwningParticiples.contains(tokens[venture + 1].lowercased) && tokens[venture + 2].lowercased == "by"
            let ownersStart = venture + (isOwnedBy ? 3 : 2)
            guard isOwnedBy || ["of", "between"].contains(tokens[venture + 1].lowercased),
                  let named = mentions.last(where: { $0.mention.tokens.upperBound <= venture - 1 }),
                  venture - named.mention.tokens.upperBound <= 4,
                  (named.mention.tokens.upperBound..<(venture - 1)).allSatisfy({ Self.ventureLinks.contains(tokens[$0].lowercased) }),
                  let first = body(describedFrom: ownersStart, within: 4)
            else { continue }
            addOwnership(of: named.entity, by: first.entity)
            // The second parent after "and", past its describing words and the first one's "of Denmark".
            var word = first.mention.tokens.upperBound
            while word < tokens.count, tokens[word].lowercased != "and", tokens[word - 1].punctuationAfter == nil, word - first.mention.tokens.upperBound < 3 {
                word += 1
            }
            if word < tokens.count, tokens[word].lowercased == "and", let second = body(describedFrom: word + 1, within: 5) {
                addOwnership(of: named.entity, by: second.entity)
            }
        }
    }

    private static let ventureOwningParticiples: Set<String> = ["owned", "controlled", "formed", "run", "held"]

    /// Words between a venture's name and "joint venture": ", a", "is a", "was set up as a".
    private static let ventureLinks: Set<String> = ["a", "an", "the", "is", "was", "as", "new", "50-50"]

    private mutating func addOwnership(of owned: Int, by owner: Int, rule: String = #function) {
        guard owned != owner, kind(owned) == .organization, kind(owner) == .organization else { return }
        add(owned, .memberOf, owner, 0.65, rule: rule)
    }

    private static let owningVerbs: Set<String> = [
        "owns", "owned", "bought", "buys", "acquired", "acquires", "purchased", "purchases",
    ]
    /// A share is no ownership: "holds a minority stake in", "bought 30 percent of".
    private static let partialWords: Set<String> = ["stake", "stakes", "share", "shares", "percent", "%", "minority"]

    /// "30%": a share of half or less. "70%" is control, which owns.
    private func isMinorityPercentage(at word: Int) -> Bool {
        guard let share = Double(tokens[word].text), text(after: word).hasPrefix("%") else { return false }
        return share <= 50
    }
}

/// "CADE blocked the proposed merger of Vértice Telecom and Conecta Móvel",
/// "the office blocked Helvara Kliniken's planned acquisition of
/// Weserbergland Kliniken": an authority that stops a deal acts against
/// each company in it.
extension SentenceContext {
    mutating func findBlockedDeals() {
        for verb in tokens.indices where tokens[verb].roles.contains(.readingCue) && Self.dealBlockingVerbs.contains(tokens[verb].lowercased) {
            // "blocked Sunmark Retail Group's proposed 14.2 billion rand ($780 million) takeover of".
            guard let deal = (verb + 1..<min(tokens.count, verb + 15)).first(where: { Self.dealNouns.contains(tokens[$0].lowercased) }),
                  deal + 2 < tokens.count, tokens[deal].punctuationAfter == nil, tokens[deal + 1].lowercased == "of",
                  let (authority, end) = subject(before: verb), [.organization, .country].contains(kind(authority)),
                  // "South African tribunal blocks": a demonym only says whose the unnamed authority is.
                  !mentions.contains(where: { $0.mention.tokens.upperBound == end && lexicon.isDemonym($0.mention.surface) })
            else { continue }
            // The buyer, when the deal is its own ("Helvara Kliniken's planned acquisition").
            var parties = mentions.filter {
                (verb + 1..<deal).contains($0.mention.tokens.lowerBound) && $0.mention.isPossessive && kind($0.entity) == .organization
            }.map(\.entity)
            if let first = body(describedFrom: deal + 2, within: 4) {
                parties.append(first.entity)
                var word = first.mention.tokens.upperBound
                while word < tokens.count, tokens[word - 1].punctuationAfter == nil, tokens[word].lowercased != "and",
                      word - first.mention.tokens.upperBound < 2 {
                    word += 1
                }
                if word < tokens.count, tokens[word].lowercased == "and", let second = body(describedFrom: word + 1, within: 4) {
                    parties.append(second.entity)
                }
            }
            for party in parties where party != authority {
                add(authority, .targets, party, 0.65, at: verb)
            }
        }
    }

    static let dealBlockingVerbs: Set<String> = ["blocked", "blocks", "prohibited", "prohibits", "vetoed"]
    private static let dealNouns: Set<String> = ["merger", "takeover", "acquisition", "purchase", "buyout"]
}
