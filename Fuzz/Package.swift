// swift-tools-version:6.0
// The libFuzzer target of Frise, kept out of the main package so that `swift build` and
// `swift test` at the root (and CI) never build it. Build and run it with `Fuzz/run.sh`.
import Foundation
import PackageDescription

/// SwiftPM names a path dependency after its folder, so the root package is found by the
/// name of the folder holding this one (`main`, `frise`, a worktree's name…).
let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
let rootIdentity = root.lastPathComponent.lowercased()

let package = Package(
    name: "FriseFuzz",
    dependencies: [
        .package(path: ".."),
    ],
    targets: [
        .target(name: "CFuzzerDriver"),
        .executableTarget(
            name: "FriseFuzz",
            dependencies: ["CFuzzerDriver", .product(name: "Frise", package: rootIdentity)]
        ),
    ]
)
