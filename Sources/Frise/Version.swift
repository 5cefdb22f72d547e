public enum FriseVersion { public static let string = "0.1.0" }
