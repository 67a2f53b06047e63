import type { Parser, ParsingContext } from "chrono-node";

/** A pattern that fails at once. */
const NEVER = /^(?!)/;

/**
 * A chrono parser that is only tried on text holding every one of its gates: cheap
 * tests for literal pieces without which the parser's own (costly) pattern cannot
 * match. With a gate that is a true necessary condition, the results are the same as
 * the bare parser's.
 */
export class GatedParser implements Parser {
  constructor(
    readonly ungated: Parser,
    private readonly gates: RegExp[],
  ) {}

  pattern(context: ParsingContext): RegExp {
    for (const gate of this.gates) if (!gate.test(context.text)) return NEVER;
    return this.ungated.pattern(context);
  }

  extract(context: ParsingContext, match: RegExpMatchArray): ReturnType<Parser["extract"]> {
    return this.ungated.extract(context, match);
  }
}

/** Wraps each parser that has gates (looked up by its class name); the others run as they are. */
export function gateParsers(parsers: Parser[], gatesOf: ReadonlyMap<string, RegExp[]>): Parser[] {
  return parsers.map((p) => {
    const gates = gatesOf.get(p.constructor.name);
    return gates && gates.length > 0 ? new GatedParser(p, gates) : p;
  });
}
