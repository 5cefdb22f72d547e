import CFuzzerDriver
import Foundation

// SwiftPM gives every executable its own entry point, which takes the place of libFuzzer's
// `main`: hand the command line to libFuzzer's driver, exactly as its own `main` would.
var argc = CommandLine.argc
var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
exit(LLVMFuzzerRunDriver(&argc, &argv) { data, size in
    guard let data else { return 0 }
    return fuzzOneInput(data, size)
})
