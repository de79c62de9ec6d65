/**
 * A fast first reading of dataset YAML. The `yaml` package keeps every value's position, which the
 * checker needs for `file:line` but which makes it about ten times slower than js-yaml: a 100k-node
 * dataset took a minute just to parse. So files are read with js-yaml, and `yaml` parses a file again
 * only when a message needs a line in it, or when js-yaml refuses it (then `yaml` gives the errors).
 *
 * Both must read a file to the same values, so js-yaml gets the exact scalar rules of the `yaml`
 * package's YAML 1.2 core schema (its defaults: no merge keys, no timestamps, no 0b binary, no `_`
 * in numbers): the same regular expressions, tried in the same order.
 */
import jsYaml from "js-yaml";

type Rule = [RegExp, (text: string, match: RegExpExecArray) => unknown];

/** js-yaml keeps one type per tag, so a tag with several patterns gets a type that tries them in order. */
const scalar = (tag: string, rules: Rule[]) => {
  const apply = (text: unknown) => {
    if (typeof text !== "string") return undefined;
    for (const [test, construct] of rules) {
      const match = test.exec(text);
      if (match) return { value: construct(text, match) };
    }
    return undefined;
  };
  return new jsYaml.Type(tag, {
    kind: "scalar",
    resolve: (text: unknown) => apply(text) !== undefined,
    construct: (text: string) => apply(text)?.value,
  });
};

const SCHEMA = jsYaml.FAILSAFE_SCHEMA.extend({
  implicit: [
    scalar("tag:yaml.org,2002:null", [[/^(?:~|[Nn]ull|NULL)?$/, () => null]]),
    scalar("tag:yaml.org,2002:bool", [
      [/^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/, (text) => text[0] === "t" || text[0] === "T"],
    ]),
    scalar("tag:yaml.org,2002:int", [
      [/^0o([0-7]+)$/, (_text, m) => parseInt(m[1] ?? "", 8)],
      [/^[-+]?[0-9]+$/, (text) => parseInt(text, 10)],
      [/^0x([0-9a-fA-F]+)$/, (_text, m) => parseInt(m[1] ?? "", 16)],
    ]),
    scalar("tag:yaml.org,2002:float", [
      [
        /^(?:[-+]?\.inf|(\.nan))$/i,
        (text, m) => (m[1] ? Number.NaN : text[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY),
      ],
      [/^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/, (text) => parseFloat(text)],
      [/^[-+]?(?:\.([0-9]+)|[0-9]+\.([0-9]*))$/, (text) => parseFloat(text)],
    ]),
  ],
});

/** The file's data, or undefined when js-yaml does not accept it (the caller then asks `yaml` why). */
export function fastParse(text: string): { data: unknown } | undefined {
  try {
    return { data: jsYaml.load(text, { schema: SCHEMA }) };
  } catch {
    return undefined;
  }
}
