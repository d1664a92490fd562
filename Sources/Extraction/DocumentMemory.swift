import NewsGraphCore

/// What the sentences read so far tell the next ones: whom "he", "its
/// leader", "the plan", "it", "the four" and "those targeted" mean.
struct DocumentMemory {
    /// The person the last sentence naming one named last: "he", "she".
    var lastPerson: Int?
    /// The body or country the last sentence naming one named first: "Its leader".
    var previousBody: Int?
    /// The organization that sentence named first: "Its chief executive", which no country has.
    var previousOrganization: Int?
    /// Who proposed, decided or enacted what the article last spoke of: "the plan", "the decision".
    var lastProposer: Int?
    /// Who last ruled or judged: what "the ruling" and "the decision" stand for.
    var lastJudge: Int?
    /// The body or state whose act the article's first sentence reports: what
    /// "the ruling" and "the decision" stand for when no one was said to judge.
    var ledeActor: Int?
    /// Whether the article's first sentence has been read for its act.
    var hasReadLede = false
    /// How often each country has been named so far.
    private var countryMentions: [Int: Int] = [:]
    /// The policy the sentence before named last: "it".
    var lastPolicy: Int?
    /// The policy the article last said someone passed, signed or adopted: what "welcomed the vote" is about when no sentence near names one.
    var lastEnacted: Int?
    /// Who the article last said targets someone: "Those targeted include X".
    var lastTargeter: Int?
    /// The last accusation read: who opposed or targeted whom, in which sentence ("rejected the accusation").
    var lastAccusation: (accuser: Int, accused: Int, sentence: Int)?
    /// The people of each size of group read so far: "the same four".
    var groupsRead: [Int: [Int]] = [:]
    /// The bodies each person was said to belong to, the last last: "his party".
    var bodiesOfPerson: [Int: [Int]] = [:]
    /// The bodies and states each person was said to lead or belong to: on whose behalf they answer.
    var tiesOfPerson: [Int: Set<Int>] = [:]
    /// Every person named so far with the last sentence naming them, the last named last.
    private var namedPeople: [(entity: Int, sentence: Int)] = []

    /// The people named in the three sentences before `sentence`, the last named last: "the four".
    func peopleNamed(before sentence: Int) -> [Int] {
        namedPeople.filter { sentence - $0.sentence <= 3 }.map(\.entity)
    }

    /// The country named most so far, the lowest index on a tie: what "the
    /// country" means when its sentence names none (the story's country, not
    /// the one a passing clause named last).
    var mainCountry: Int? {
        countryMentions.max { ($0.value, -$0.key) < ($1.value, -$1.key) }?.key
    }

    /// The two people named last: "the two leaders".
    var lastTwoPeople: [Int] { namedPeople.suffix(2).map(\.entity) }

    /// Keeps what a sentence, read, tells the ones after it.
    mutating func remember(_ context: SentenceContext, entities: [LocalEntity]) {
        let mentions = context.mentions
        func kind(_ entity: Int) -> EntityKind { entities[entity].kind }
        // "The ministry awarded the Cerro Palo Verde concession. Salgado called
        // the decision historic": a decision just enacted is the policy. Not
        // "the EU's SAFE programme": owning a policy is no act of deciding.
        if let enacted = context.found.last(where: {
            $0.type == .enacts && kind($0.target) == .policy && Self.actReadings.contains($0.rule)
        }) {
            lastProposer = enacted.target
        }
        // "Calder named Hélène Marchetti its chief executive. The union criticised the
        // choice": an appointment is about whom it appoints.
        if let appointment = context.found.last(where: { $0.rule == "appointments" }) {
            lastProposer = appointment.source
        }
        // "In an address, he accused Ceesay of corruption. He has suspended the constitution":
        // a pronoun before any person named keeps standing for the person it stood for.
        let firstNamed = mentions.first(where: { kind($0.entity) == .person })?.mention.tokens.lowerBound ?? 0
        if context.sentence.tokens.prefix(firstNamed).contains(where: { $0.lowercased == "he" || $0.lowercased == "she" }) {
            lastPerson = context.pronounReferent
        } else if let person = mentions.last(where: { kind($0.entity) == .person }) {
            lastPerson = person.entity
        }
        for person in mentions.map(\.entity) where kind(person) == .person {
            namedPeople.removeAll { $0.entity == person }
            namedPeople.append((person, context.sentence.index))
        }
        groupsRead = context.groupsRead
        for tie in context.found where [.memberOf, .leads].contains(tie.type) && kind(tie.source) == .person {
            tiesOfPerson[tie.source, default: []].insert(tie.target)
        }
        for tie in context.found where tie.type == .memberOf && kind(tie.source) == .person && kind(tie.target) == .organization {
            bodiesOfPerson[tie.source, default: []].append(tie.target)
        }
        lastPolicy = mentions.last(where: { kind($0.entity) == .policy })?.entity
        lastEnacted = context.found.last(where: {
            $0.type == .enacts && kind($0.target) == .policy && Self.actReadings.contains($0.rule)
        })?.target ?? lastEnacted
        for country in mentions.map(\.entity) where kind(country) == .country { countryMentions[country, default: 0] += 1 }
        lastTargeter = context.targeter
            ?? context.found.last(where: { $0.type == .targets && !entities[$0.source].isGroup })?.source ?? lastTargeter
        if let accusation = context.found.last(where: { [.opposes, .targets].contains($0.type) && !entities[$0.source].isGroup }) {
            lastAccusation = (accusation.source, accusation.target, context.sentence.index)
        }
        if let body = mentions.first(where: { [.organization, .country].contains(kind($0.entity)) }) {
            // "Tajikistan's Foreign Ministry accused Kyrgyzstan. Its spokeswoman said": the body a possessive names.
            previousBody = context.possessed(by: body)?.entity ?? body.entity
            previousOrganization = mentions.first { kind($0.entity) == .organization }?.entity
        }
    }

    /// The rules that read an act from its verb.
    private static let actReadings: Set<String> = ["verbFrames", "parsedFrames"]
}
