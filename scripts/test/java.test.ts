import { describe, expect, it } from "vitest";
import { JavaMissingError, parseJavaMajorVersion, requireJava } from "../java";

describe("parseJavaMajorVersion", () => {
  it.each([
    ['openjdk version "17.0.15" 2025-04-15', 17],
    ['openjdk version "21" 2023-09-19', 21],
    ['java version "1.8.0_381"', 8],
    ['openjdk version "11.0.2" 2019-01-15', 11],
  ])("reads %s as %i", (output, major) => {
    expect(parseJavaMajorVersion(output)).toBe(major);
  });

  it("gives up on output without a version", () => {
    expect(parseJavaMajorVersion("command not found")).toBeUndefined();
  });
});

describe("requireJava", () => {
  it("says what to do when there is no JDK", () => {
    const env = { ...process.env, JAVA_HOME: "/nonexistent-jdk" };
    expect(() => requireJava(env)).toThrow(JavaMissingError);
    expect(() => requireJava(env)).toThrow(/install a JDK 17\+.*\n.*docker compose up.*\n.*NEO4J_URI/s);
  });
});
