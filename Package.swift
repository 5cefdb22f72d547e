// swift-tools-version:6.0
import Foundation
import PackageDescription

/// `frise` allocates with mimalloc (apt `libmimalloc-dev`) unless built with `FRISE_MALLOC=system`,
/// which keeps the C library's malloc (for a machine without mimalloc).
let mimalloc = ProcessInfo.processInfo.environment["FRISE_MALLOC"] != "system"

/// Release builds of the library are optimised with the profile of a training run: LLVM's
/// IR-level profile-guided optimisation, from `Sources/Frise/frise.profdata`, which
/// `scripts/pgo-profile` makes (code inlined and laid out where runs go: `frise timeline` on
/// 10 MB 7% fewer instructions and about 5% less time, docs/performance-log.md). The profile
/// is data about the code: code changed since it was made is compiled without it, no less
/// correct. `FRISE_PGO=off` builds without it; `FRISE_PGO=generate` builds `frise` counting
/// where it goes, to make a profile. (The Swift compiler's own `-profile-use`, at its SIL level,
/// stopped on an assertion with these profiles: the LLVM one is asked of its front end.)
let pgo = ProcessInfo.processInfo.environment["FRISE_PGO"]
#if compiler(>=6.3)
let pgoCompilerReadsProfile = true
#else
let pgoCompilerReadsProfile = false
#endif
let pgoProfile = Context.packageDirectory + "/Sources/Frise/frise.profdata"
let pgoSettings: [SwiftSetting] = switch pgo {
case "off": []
case "generate": [.unsafeFlags(["-Xfrontend", "-ir-profile-generate"], .when(configuration: .release))]
default:
    // (Made by Swift 6.3's LLVM: an older compiler cannot read the profile, a newer one can.)
    !pgoCompilerReadsProfile ? [] : FileManager.default.contents(atPath: pgoProfile).map { profile in
        // The profile's checksum among the settings: the build follows the files it compiles,
        // not those a flag names, and a new profile must compile the library again.
        let checksum = profile.reduce(UInt64(0xcbf2_9ce4_8422_2325)) { ($0 ^ UInt64($1)) &* 0x100_0000_01b3 }
        return [.unsafeFlags(["-Xfrontend", "-ir-profile-use=\(pgoProfile)"], .when(configuration: .release)),
                .define("FRISE_PROFILE_" + String(checksum, radix: 16), .when(configuration: .release))]
    } ?? []
}
/// An instrumented `frise` links the runtime that writes its counts.
let pgoLinking: [LinkerSetting] = pgo == "generate" ? [.unsafeFlags(["-profile-generate"], .when(configuration: .release))] : []

let package = Package(
    name: "Frise",
    products: [
        .library(name: "Frise", targets: ["Frise"]),
        .executable(name: "frise", targets: ["FriseCLI"]),
        .executable(name: "frise-bench", targets: ["FriseBench"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        // Test-only: property-based tests (Tests/FriseTests/PropertyTests.swift).
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.1"),
    ],
    targets: [
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        .target(
            name: "CFriseXML",
            dependencies: ["CLibXML2"]
        ),
        // The byte scans of the writers, sixteen bytes at a time.
        .target(name: "CFriseBytes"),
        .target(
            name: "Frise",
            dependencies: ["CFriseBytes", "CFriseXML", "CLibXML2"],
            exclude: ["frise.profdata"],
            resources: [.copy("Resources/frise.xsd"), .copy("Resources/timeml.xsd")],
            swiftSettings: pgoSettings
        ),
        .executableTarget(
            name: "FriseCLI",
            dependencies: [
                "Frise", "CFriseAllocator",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            // mimalloc in place of glibc's malloc: a timeline of 60 MB ran in 10% less time and
            // peak memory, 4% fewer instructions (README, Performance). Release builds link the
            // Swift runtime and Foundation in: no shared libraries to bind at start (`frise tag`
            // on an empty file 25 → 15 ms), direct calls to the runtime (README, Performance).
            // The objects are compiled as usual, so the static Foundation's own dependencies are
            // named here (`--static-swift-stdlib` would have every target compiled for it). Its
            // 75,000 relative relocations are packed (RELR, glibc 2.36 and later): the loader read
            // 1.8 MB of them at every start (`frise timeline` on one article 14.8 → 13.6 ms, medians).
            // Linked by lld, with or without LTO (gold, the default without, cannot pack them).
            linkerSettings: pgoLinking + (mimalloc ? [.linkedLibrary("mimalloc", .when(platforms: [.linux]))] : [])
                + [.unsafeFlags(
                    ["-static-stdlib", "-lCoreFoundation", "-l_FoundationICU", "-l_FoundationCShims",
                     "-l_FoundationCollections", "-lswiftSynchronization", "-use-ld=lld", "-Xlinker", "-z", "-Xlinker", "pack-relative-relocs"],
                    .when(platforms: [.linux], configuration: .release))]
        ),
        // Settings of the allocator `frise` is linked with (none with the C library's).
        .target(name: "CFriseAllocator"),
        // The peak memory of a child process, for the benchmark and the CLI tests.
        .target(name: "ChildPeakMemory"),
        .executableTarget(
            name: "FriseBench",
            dependencies: ["ChildPeakMemory", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        .testTarget(
            name: "FriseTests",
            dependencies: ["Frise", .product(name: "PropertyBased", package: "swift-property-based")],
            resources: [.copy("Corpus")]
        ),
        .testTarget(name: "FriseCLITests", dependencies: ["Frise", "FriseCLI", "ChildPeakMemory", "CFriseAllocator"]),
    ]
)
