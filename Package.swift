// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "NewsGraph",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "newsgraph", targets: ["newsgraph"]),
        .library(name: "NewsGraphCore", targets: ["NewsGraphCore"]),
        .library(name: "Extraction", targets: ["Extraction"]),
        .library(name: "Rendering", targets: ["Rendering"]),
        .library(name: "Graphviz", targets: ["Graphviz"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CGraphviz",
            pkgConfig: "libgvc",
            providers: [.apt(["libgraphviz-dev"])]
        ),
        .target(name: "Graphviz", dependencies: ["CGraphviz"]),
        .target(name: "NewsGraphCore"),
        .target(
            name: "Extraction",
            dependencies: ["NewsGraphCore"],
            // The name lists are inputs to Scripts/train-tagger.sh; the model carries them.
            exclude: ["Gazetteers"],
            resources: [.process("Resources")]
        ),
        .target(
            name: "Rendering", dependencies: ["NewsGraphCore", "Graphviz"],
            resources: [.copy("Resources/explorer.js"), .copy("Resources/explorer.css")]),
        .target(name: "Evaluation", dependencies: ["NewsGraphCore", "Extraction"]),
        .target(
            name: "Store",
            dependencies: [
                "NewsGraphCore", .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
            ]),
        .executableTarget(
            name: "newsgraph",
            dependencies: [
                "NewsGraphCore", "Extraction", "Rendering", "Graphviz", "Evaluation", "Store",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(name: "extraction-benchmark", dependencies: ["Extraction", "NewsGraphCore"]),
        .executableTarget(name: "extraction-fuzzer", dependencies: ["Extraction", "Graphviz"]),
        .executableTarget(name: "train-tagger", dependencies: ["Extraction", "Evaluation", "NewsGraphCore"]),
        .executableTarget(name: "train-parser", dependencies: ["Extraction", "NewsGraphCore"]),
        .testTarget(name: "GraphvizTests", dependencies: ["Graphviz"]),
        .testTarget(name: "NewsGraphCoreTests", dependencies: ["NewsGraphCore"]),
        .testTarget(name: "ExtractionTests", dependencies: ["Extraction", "NewsGraphCore"]),
        .testTarget(name: "RenderingTests", dependencies: ["Rendering", "NewsGraphCore", "Graphviz"]),
        .testTarget(
            name: "StoreTests",
            dependencies: ["Store", "Extraction", "NewsGraphCore", .product(name: "GRDB", package: "GRDB.swift")]),
        .testTarget(name: "EvaluationTests", dependencies: ["Evaluation", "Extraction", "NewsGraphCore"]),
        .testTarget(name: "EndToEndTests", dependencies: ["newsgraph", "NewsGraphCore"]),
    ]
)
