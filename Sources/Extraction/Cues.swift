/// Small cue lists that shape recognition: location head words, titles of
/// heads of state, name connectors. Loaded from `cues.json`.
struct Cues: Sendable, Decodable {
    var groupNouns: [String]
    var places: [String]
    var locationHeads: Set<String>
    var headOfStateTitles: [String]
    var nameConnectors: Set<String>
    /// Words that mark a body of a state: "member_of" its country when the
    /// sentence names the country.
    var governmentHeads: Set<String>
    /// Words that open a new clause: a verb's object is not found past them.
    var clauseBreaks: Set<String>
    /// "warned that Moscow would respond": an object is not found past these,
    /// though a subject may stand before them ("an operation that captured").
    var reportedClauseOpeners: Set<String>
    /// A name right after one of these is a prepositional object, not a subject.
    var prepositions: Set<String>
    /// Adjectives that belong to a policy's name ("bipartisan border bill").
    var policyModifiers: Set<String>
    /// Nouns that, bare ("the directive"), name the document's one policy of that kind.
    var policyInstruments: Set<String>
    /// "Trump administration", "Sheinbaum's government": the country the person leads.
    var governmentNouns: Set<String>
    /// Outlets that report; with `mediaHeads` they mark who can be a `reported` source.
    var mediaOutlets: Set<String>
    /// Lower-case nouns for a body after its name ("the Gavi vaccine alliance").
    var bodyNouns: Set<String>
    /// "declared a state of emergency": what follows is a policy.
    var declarationVerbs: Set<String>
    /// "U.S.-Mexico border": two countries and one of these make a place.
    var boundaryNouns: Set<String>
    /// "People's Protection Units", "Workers' Party": plural nouns for people
    /// whose possessive stays inside a body's name.
    var collectiveNouns: Set<String>
    /// "the EU's executive arm", "SoftBank's chip unit": nouns for a part of
    /// another body, beside `bodyNouns`.
    var partNouns: Set<String>
    /// "his Turkish counterpart", "the Iranian foreign minister": titles
    /// whose holder serves the state a demonym names ("a French journalist"
    /// only has a nationality).
    var stateOffices: Set<String>
    /// More nouns for a kind of body before its name ("the think tank
    /// Libertad y Desarrollo", "the carmaker Stellantis"), read by that rule
    /// alone: the name tagger was trained with `bodyNouns`.
    var bodyDescriptors: Set<String>
    /// Nouns for an act, in the singular, that take no suffix of one
    /// ("aggression" and "intervention" do): "condemned Russian strikes" is a
    /// stance on Russia, "sanctions on Georgian officials" are not on Georgia.
    var actNouns: Set<String>
    /// "Islamic State militants", "the Iraqi army", "Syrian government
    /// forces": armed people and arms that stand for the body or state
    /// named before them when they act or are acted on.
    var forceNouns: Set<String>
    /// "Banco de la República", "Instituto Nacional de Estadística": the
    /// Spanish, Portuguese, French and Italian words for the English heads
    /// of bodies, which open a name where English heads end one.
    var romanceBodyHeads: Set<String>
}
