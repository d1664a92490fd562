import NewsGraphCore

/// Members a body's description lists: "the Mekong River Commission, the
/// intergovernmental body whose four members are Cambodia, Laos, Thailand
/// and Vietnam"; "the East African Community, of which Kenya is a member";
/// and a member's body acting: "Her party plans to challenge the agreement".
extension SentenceContext {
    /// "The Alliance for National Renewal (ANR) brings together A, B and C";
    /// "the Alliance of Sahel States, the confederation formed by the military
    /// governments of Mali, Burkina Faso and Niger"; "the Joint Service
    /// Interagency Advisory Group, which comprises troops and liaisons from
    /// various agencies, including the FBI": what a body is made of belongs
    /// to it. "which brings together the EU's national regulators" says the
    /// opposite: the body is part of the EU.
    mutating func findCompositions() {
        // Only words whose role says they may be read: a word is hashed here only if it is one.
        for index in tokens.indices.dropFirst() where tokens[index].roles.contains(.readingCue) {
            guard let particles = Self.compositionVerbs[tokens[index].lowercased],
                  index + particles.count < tokens.count,
                  particles.indices.allSatisfy({ tokens[index + 1 + $0].lowercased == particles[$0] }),
                  let body = composedBody(before: index, needsRelativePronoun: Self.inclusionVerbs.contains(tokens[index].lowercased))
            else { continue }
            let start = index + 1 + particles.count
            let end = tokens.indices[start...].first {
                tokens[$0].punctuationAfter == ";" || tokens[$0].roles.contains(.clauseBreak)
                    || Self.subordinators.contains(tokens[$0].lowercased) || opensSecondParticiple(at: $0)
            } ?? tokens.count
            for member in namedInClause(from: start, to: end) where member.entity != body {
                let whole = member.mention.tokens
                if tokens[whole.upperBound - 1].isPossessive, whole.upperBound < end, !tokens[whole.upperBound].isCapitalized {
                    add(body, .memberOf, member.entity, 0.7, at: index)
                } else {
                    add(member.entity, .memberOf, body, 0.7, at: index)
                }
            }
        }
    }

    /// "formed by ousted lawmakers and not recognised by ASEAN": "and" before a
    /// second participle ends what the first is said of.
    private func opensSecondParticiple(at word: Int) -> Bool {
        guard ["and", "but"].contains(tokens[word].lowercased) else { return false }
        var verb = word + 1
        if verb < tokens.count, tokens[verb].lowercased == "not" { verb += 1 }
        return verb < tokens.count && !tokens[verb].isCapitalized && tokens[verb].lowercased.hasSuffix("ed")
    }

    /// The body a verb of composition at `verb` is said of: the body right
    /// before it, or before "which" or "is" ("which comprises", "is made up
    /// of"), or before a short description ("X, the confederation formed by").
    private func composedBody(before verb: Int, needsRelativePronoun: Bool) -> Int? {
        let previous = tokens[verb - 1].lowercased
        // "EFTA, a bloc that includes Switzerland": "that" after a body's noun is "which".
        if previous == "which" || previous == "that" {
            guard let body = mentions.last(where: {
                $0.mention.tokens.upperBound <= verb - 1 && kind($0.entity) == .organization
                    && verb - 1 - $0.mention.tokens.upperBound <= 6
            }) else { return nil }
            // "the Mekong River Commission, the intergovernmental body based in Vientiane that groups":
            // "that" is "which" only in a description of the body, whose noun it follows.
            let description = tokens[body.mention.tokens.upperBound..<(verb - 1)]
            return previous == "which" || description.contains(where: lexicon.namesBodyOrPart) ? body.entity : nil
        }
        guard !needsRelativePronoun else { return nil }
        let copula = ["is", "are", "was", "were"].contains(previous) ? 1 : 0
        if let subject = mentions.last(where: { $0.mention.tokens.upperBound == verb - copula }) {
            return kind(subject.entity) == .organization ? subject.entity : nil
        }
        guard let described = mentions.last(where: { $0.mention.tokens.upperBound < verb }),
              kind(described.entity) == .organization, case let end = described.mention.tokens.upperBound,
              tokens[end - 1].punctuationAfter == ",", verb - end <= 5, ["the", "a", "an"].contains(tokens[end].lowercased),
              !tokens[end..<verb].contains(where: { $0.isCapitalized || $0.punctuationAfter != nil })
        else { return nil }
        return described.entity
    }

    mutating func findListedMembers() {
        for index in tokens.indices where tokens[index].roles.contains(.readingCue) {
            let pronoun = tokens[index].lowercased
            guard pronoun == "whose" || pronoun == "which", let body = mentions.last(where: {
                $0.mention.tokens.upperBound <= index && kind($0.entity) == .organization
                    && index - $0.mention.tokens.upperBound <= 6
            }) else { continue }
            if pronoun == "whose" {
                // "whose (four) members are|include A, B and C"
                guard let noun = (index + 1..<min(tokens.count, index + 3)).first(where: { Self.memberNouns.contains(tokens[$0].lowercased) }),
                      noun + 1 < tokens.count, Self.listingVerbs.contains(tokens[noun + 1].lowercased)
                else { continue }
                for member in listedNames(from: noun + 2) where member != body.entity {
                    add(member, .memberOf, body.entity, 0.75)
                }
            } else if index > 0, tokens[index - 1].lowercased == "of" {
                // "of which Kenya is a (founding) member", "of which both Thailand and Cambodia are members";
                // "is not a member" says the opposite.
                let start = index + 1 < tokens.count && Self.listQuantifiers.contains(tokens[index + 1].lowercased) ? index + 2 : index + 1
                guard mentions.contains(where: { $0.mention.tokens.lowerBound == start }) else { continue }
                let members = listedNames(from: start)
                guard let last = mentions.first(where: { $0.entity == members.last && $0.mention.tokens.lowerBound >= start }),
                      case let end = last.mention.tokens.upperBound, end + 1 < tokens.count,
                      ["is", "was", "are", "were"].contains(tokens[end].lowercased),
                      tokens[(end + 1)..<min(tokens.count, end + 4)].contains(where: { Self.memberNouns.contains($0.lowercased) }),
                      tokens[(end + 1)..<min(tokens.count, end + 4)].allSatisfy({ $0.lowercased != "not" })
                else { continue }
                for member in members where member != body.entity {
                    add(member, .memberOf, body.entity, 0.75)
                }
            }
        }
    }

    /// The countries, bodies and people named in a list that starts at
    /// `start`: "Cambodia, Laos, Thailand and Vietnam".
    private func listedNames(from start: Int) -> [Int] {
        var names: [Int] = []
        var position = start
        while let next = mentions.first(where: { $0.mention.tokens.lowerBound >= position }),
              tokens[position..<next.mention.tokens.lowerBound].allSatisfy({ ["and", "or", "the"].contains($0.lowercased) }),
              [.country, .organization, .person].contains(kind(next.entity)) {
            names.append(next.entity)
            let end = next.mention.tokens.upperBound
            // The list goes on after a comma or "and".
            guard end < tokens.count, tokens[end - 1].punctuationAfter == "," || tokens[end].lowercased == "and" else { break }
            position = end
        }
        return names
    }

    /// The bodies, states and people named from `start` up to `end`: not a
    /// state that only qualifies a noun ("U.S. troops").
    private func namedInClause(from start: Int, to end: Int) -> [RelationExtractor.Resolved] {
        guard start < end else { return [] }
        return mentions.filter { item in
            let after = item.mention.tokens.upperBound
            let standsAlone = kind(item.entity) != .country || after >= end || tokens[after - 1].punctuationAfter != nil
                || ["and", "or"].contains(tokens[after].lowercased)
            return (start..<end).contains(item.mention.tokens.lowerBound) && standsAlone
                && [.country, .organization, .person].contains(kind(item.entity))
        }
    }

    /// Verbs of composition, with the words that must follow them.
    static let compositionVerbs: [String: [String]] = [
        "comprises": [], "comprised": [], "comprising": [], "includes": [], "included": [],
        "brings": ["together"], "bringing": ["together"], "brought": ["together"], "groups": [], "grouping": [],
        "unites": [], "uniting": [], "formed": ["by"], "made": ["up", "of"], "composed": ["of"],
        "consisting": ["of"], "consists": ["of"],
    ]
    /// "The plan includes Mexico" makes Mexico no member: these are read only after "which".
    private static let inclusionVerbs: Set<String> = ["includes", "included"]
    /// Words that open a clause of their own after a list of members ("formed by Mali and Niger after they quit ECOWAS").
    private static let subordinators: Set<String> = ["after", "before", "when"]
    /// "of which both Thailand and Cambodia are members".
    private static let listQuantifiers: Set<String> = ["both", "all"]
    private static let memberNouns: Set<String> = ["member", "members", "member-states", "signatories", "shareholders"]
    /// "whose members are", "Those targeted include".
    static let listingVerbs: Set<String> = ["are", "were", "was", "include", "included", "includes"]
}

extension SentenceContext {
    /// "President Julián Ferreyra's La Libertad Avanza party", "Sheinbaum's
    /// Morena party": a person's party is one they belong to.
    mutating func findPeoplesParties() {
        for (position, person) in mentions.enumerated().dropLast()
        where kind(person.entity) == .person && person.mention.isPossessive {
            let party = mentions[position + 1]
            let end = party.mention.tokens.upperBound
            guard kind(party.entity) == .organization, party.mention.tokens.lowerBound == person.mention.tokens.upperBound,
                  entities[party.entity].name.words.last == "Party"
                    || end < tokens.count && tokens[end - 1].punctuationAfter == nil && Self.partyNouns.contains(tokens[end].lowercased)
            else { continue }
            add(person.entity, .memberOf, party.entity, 0.7)
        }
    }

    private static let partyNouns: Set<String> = ["party", "bloc", "movement", "coalition"]

    /// "said his party would try to block funding for the Total Peace
    /// policy", "Her party plans to challenge the agreement": the body the
    /// person was tied to acts as the verb after it says.
    mutating func findOwnBodiesActing() {
        // Compared, not hashed: every word of the sentence is asked.
        for index in tokens.indices.dropLast() where tokens[index].lowercased == "his" || tokens[index].lowercased == "her" {
            guard Self.ownBodyNouns.contains(tokens[index + 1].lowercased) else { continue }
            let person = mentions.last(where: { $0.mention.tokens.upperBound <= index && kind($0.entity) == .person })?.entity
                ?? lastPerson
            guard let person, let body = ownBody(of: person, called: tokens[index + 1].lowercased),
                  let verb = (index + 2..<min(tokens.count, index + 7)).first(where: { trigger(at: $0) != nil }),
                  let (type, length) = trigger(at: verb), [.opposes, .supports, .targets, .meets].contains(type),
                  let object = object(after: verb + length), object.0 != body
            else { continue }
            add(body, type, object.0, 0.6, at: verb)
        }
    }

    /// Of the bodies a person belongs to, the last one the noun names or that
    /// is no body of a state: "her party" is not the Senate she sits in.
    private func ownBody(of person: Int, called noun: String) -> Int? {
        let tied = (bodiesOfPerson[person] ?? []) + found.filter {
            $0.source == person && $0.type == .memberOf && kind($0.target) == .organization
        }.map(\.target)
        return tied.last { body in
            entities[body].name.words.contains { $0.asciiLowercased() == noun }
                || mentions.contains { $0.entity == body && $0.mention.tokens.upperBound < tokens.count
                    && tokens[$0.mention.tokens.upperBound].lowercased == noun }
        } ?? tied.last { body in !entities[body].name.words.contains(where: lexicon.cues.governmentHeads.contains) }
    }

    private static let ownBodyNouns: Set<String> = ["party", "movement", "union", "group"]
}
