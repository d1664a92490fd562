import ArgumentParser
import Graphviz

/// How a command that draws a map lays it out: the engine, and how long a
/// layout may run before it is stopped (`RenderRunner`).
struct MapLayoutOptions: ParsableArguments {
    @Option(help: "Layout engine: \(LayoutEngine.allCases.map(\.rawValue).joined(separator: ", ")) (default: dot for small maps, sfdp for large ones).")
    var layout: LayoutEngine?

    @Option(help: "Seconds a layout may take before it is stopped.")
    var timeout: Double = 120

    func validate() throws {
        guard timeout > 0 else { throw ValidationError("--timeout must be positive") }
    }
}
