/// Small cue lists that shape recognition: location head words, titles of
/// heads of state, name connectors. Loaded from `cues.json`.
struct Cues: Sendable, Decodable {
    var groupNouns: [String]
    var places: [String]
    var locationHeads: Set<String>
    var headOfStateTitles: [String]
    var nameConnectors: Set<String>

}
