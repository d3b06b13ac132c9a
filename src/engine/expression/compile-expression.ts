import { didYouMean } from '../../text/did-you-mean.js';
import { ARITHMETIC_SIGNS, type Code, CodeBuilder, type FormulaCode, folded, literal, live } from './generated-code.js';
import { ExpressionError } from './expression-error.js';
import { type ExpressionTree, type KnownParse, type ParsedExpression, parseExpression } from './expression-tree.js';
import {
  BINARY_OPERATORS,
  COMPARISONS,
  type Evaluator,
  type Store,
  FUNCTION_NAMES,
  FUNCTIONS,
  LOGICAL_OPERATORS,
  MAX_EXPRESSION_DEPTH,
  MAX_EXPRESSION_LENGTH,
  UNARY_OPERATORS,
} from './whitelist.js';

/** Names an expression may read, each bound to a slot of the state vector. */
export interface ExpressionScope {
  /** The slot a name reads, or undefined when the name is not in scope. */
  slotOf(name: string): number | undefined;
  /** Every name in scope, for "did you mean" hints. */
  readonly names: readonly string[];
}

/** An expression compiled once at load into a function of the state vector. */
export interface CompiledExpression {
  readonly source: string;
  readonly evaluate: Evaluator;
  /** The same evaluation, storing the value at `out[at]` (no boxed number per call). */
  readonly store: Store;
  /** The value, when the expression reads no state. */
  readonly constant: number | undefined;
  /** The JavaScript it was compiled to (empty for a constant): only for reading and audit. */
  readonly generated: string;
  /** The slots of the state the expression may read, ascending: what its value depends on. */
  readonly reads: Int32Array;
  /** Its syntax tree's nodes (a number is one): what one evaluation costs, for the search's cap. */
  readonly cost: number;
  /** The code as a fragment a fused function can hold (src/engine/move-code.ts). */
  readonly code: FormulaCode;
}

/**
 * Parses, checks against the whitelist and compiles an expression. A number is
 * accepted as a constant expression. Throws ExpressionError on anything the
 * whitelist does not allow; nothing in the text is ever evaluated before then.
 * `known` may give the text's parse without mathjs (the package's snapshot); the tree it
 * gives is checked and compiled exactly as a parsed one.
 */
export function compileExpression(source: string | number, scope: ExpressionScope, known?: KnownParse): CompiledExpression {
  if (typeof source === 'number') {
    if (!Number.isFinite(source)) throw new ExpressionError(`${source} is not a finite number`);
    return constant(String(source), source, 1);
  }
  if (source.length > MAX_EXPRESSION_LENGTH) {
    throw new ExpressionError(
      `expression is ${source.length} characters long; the limit is ${MAX_EXPRESSION_LENGTH}`,
    );
  }
  if (source.trim() === '') throw new ExpressionError('expression is empty');
  // mathjs would read the rest of the line after # as a comment and silently drop it.
  const hash = source.indexOf('#');
  if (hash >= 0) throw new ExpressionError('# is not allowed in an expression (mathjs would drop the rest as a comment)', hash);
  const parsed = known?.(source) ?? parse(source);
  const builder = new CodeBuilder();
  const code = new Compiler(scope, builder).compile(parsed.tree, 0);
  const value = code.constantValue;
  const cost = parsed.cost;
  if (value === undefined) return { source, ...builder.build(code), constant: undefined, reads: builder.reads(), cost };
  if (!Number.isFinite(value)) throw new ExpressionError(`'${source}' is always ${value}, never a usable number`);
  return constant(source, value, cost);
}

function constant(source: string, value: number, cost: number): CompiledExpression {
  const store: Store = (_, out, at) => {
    out[at] = value;
  };
  const code = { text: literal(value), helpers: [], temporaries: 0 };
  return { source, evaluate: () => value, store, generated: '', constant: value, reads: new Int32Array(0), cost, code };
}

function parse(source: string): ParsedExpression {
  try {
    return parseExpression(source);
  } catch (error) {
    throw syntaxError(error);
  }
}

function syntaxError(error: unknown): ExpressionError {
  const message = error instanceof Error ? error.message : String(error);
  const char = /\(char (\d+)\)/.exec(message);
  const text = message.replace(/\s*\(char \d+\)/, '');
  return new ExpressionError(
    `syntax error: ${text.charAt(0).toLowerCase()}${text.slice(1)}`,
    char ? Math.max(0, Number(char[1]) - 1) : undefined,
  );
}

type Node = ExpressionTree;

const FORBIDDEN_NODES: Readonly<Record<string, string>> = {
  AccessorNode: 'property and index access (like `a.b` or `a[1]`) is not allowed',
  ArrayNode: 'matrices and arrays are not allowed',
  AssignmentNode: 'assignment is not allowed: expressions may only read state',
  BlockNode: 'several statements are not allowed: write one expression',
  FunctionAssignmentNode: 'function definitions are not allowed',
  IndexNode: 'indexing is not allowed',
  ObjectNode: 'objects are not allowed',
  RangeNode: 'ranges (like `1:3`) are not allowed',
};

class Compiler {
  constructor(
    private readonly scope: ExpressionScope,
    private readonly code: CodeBuilder,
  ) {}

  compile(node: Node, depth: number): Code {
    if (depth > MAX_EXPRESSION_DEPTH) {
      throw new ExpressionError(`expression nests deeper than ${MAX_EXPRESSION_DEPTH} levels`);
    }
    switch (node.type) {
      case 'ConstantNode':
        return this.constantNode(node);
      case 'SymbolNode':
        return this.symbol(node.name ?? '');
      case 'ParenthesisNode':
        return this.compile(node.content!, depth + 1);
      case 'OperatorNode':
        return this.operator(node, depth);
      case 'FunctionNode':
        return this.call(node, depth);
      case 'ConditionalNode':
        return this.conditional(node, depth);
      case 'RelationalNode':
        return this.chainedComparison(node, depth);
      default:
        throw new ExpressionError(FORBIDDEN_NODES[node.type] ?? `${node.type} is not allowed`);
    }
  }

  private constantNode(node: Node): Code {
    const { value } = node;
    if (typeof value === 'boolean') return folded(value ? 1 : 0);
    if (typeof value === 'number' && Number.isFinite(value)) return folded(value);
    if (typeof value === 'number') throw new ExpressionError(`the number ${value} is out of range`);
    if (typeof value === 'string') throw new ExpressionError('strings are not allowed: only numbers');
    throw new ExpressionError(`the constant ${String(value)} is not allowed: only numbers`);
  }

  private symbol(name: string): Code {
    const slot = this.scope.slotOf(name);
    if (slot === undefined) {
      if (Object.hasOwn(FUNCTIONS, name)) throw new ExpressionError(`${name} is a function: call it as ${name}(…)`);
      throw new ExpressionError(`unknown quantity '${name}'${didYouMean(name, this.scope.names)}`);
    }
    return this.code.slot(slot);
  }

  private operator(node: Node, depth: number): Code {
    const name = String(node.fn);
    const unary = Object.hasOwn(UNARY_OPERATORS, name);
    const binaryOperator = Object.hasOwn(BINARY_OPERATORS, name);
    if (!unary && !binaryOperator && !LOGICAL_OPERATORS.has(name)) {
      throw new ExpressionError(`the operator '${node.op ?? name}' is not allowed`);
    }
    const args = (node.args ?? []).map((arg) => this.compile(arg, depth + 1));
    if (args.length === 1 && unary) {
      const op = UNARY_OPERATORS[name]!;
      const [a] = args as [Code];
      if (a.constantValue !== undefined) return folded(op(a.constantValue));
      if (name === 'unaryMinus') return live(`(-${a.text})`);
      if (name === 'unaryPlus') return a;
      return this.callHelper(op, [a]);
    }
    if (args.length === 2 && LOGICAL_OPERATORS.has(name)) return this.logical(name, args[0]!, args[1]!);
    if (args.length === 2 && binaryOperator) {
      const [a, b] = args as [Code, Code];
      const op = BINARY_OPERATORS[name]!;
      if (a.constantValue !== undefined && b.constantValue !== undefined) return folded(op(a.constantValue, b.constantValue));
      const sign = Object.hasOwn(ARITHMETIC_SIGNS, name) ? ARITHMETIC_SIGNS[name] : undefined;
      return sign === undefined ? this.callHelper(op, [a, b]) : live(`(${a.text} ${sign} ${b.text})`);
    }
    throw new ExpressionError(`the operator '${node.op ?? name}' is not allowed`);
  }

  private logical(name: string, a: Code, b: Code): Code {
    const and = name === 'and';
    if (a.constantValue !== undefined && b.constantValue !== undefined) {
      return folded((and ? a.constantValue && b.constantValue : a.constantValue || b.constantValue) ? 1 : 0);
    }
    return live(`((${a.text} ${and ? '&&' : '||'} ${b.text}) ? 1 : 0)`);
  }

  private call(node: Node, depth: number): Code {
    const callee = node.fn as Node;
    if (callee.type !== 'SymbolNode' || callee.name === undefined) {
      throw new ExpressionError('only named functions may be called');
    }
    const name = callee.name;
    const allowed = Object.hasOwn(FUNCTIONS, name) ? FUNCTIONS[name] : undefined;
    if (allowed === undefined) {
      throw new ExpressionError(
        `the function '${name}' is not allowed; allowed functions: ${FUNCTION_NAMES.join(', ')}`,
      );
    }
    const args = (node.args ?? []).map((arg) => this.compile(arg, depth + 1));
    if (args.length < allowed.minArgs || args.length > allowed.maxArgs) {
      const want =
        allowed.minArgs === allowed.maxArgs
          ? `${allowed.minArgs}`
          : `${allowed.minArgs} to ${allowed.maxArgs}`;
      throw new ExpressionError(`${name}() takes ${want} argument(s), not ${args.length}`);
    }
    if (args.every((a) => a.constantValue !== undefined)) {
      return folded(allowed.apply(args.map((a) => a.constantValue!)));
    }
    if (args.length === 1 && allowed.unary) return this.callHelper(allowed.unary, args);
    if (args.length === 2 && allowed.binary) return this.callHelper(allowed.binary, args);
    if (args.length === 3 && allowed.ternary) return this.callHelper(allowed.ternary, args);
    // A fold (min, max over many arguments): pick(pick(a, b), c)…, exactly as reduce does.
    if (allowed.fold) {
      const pick = allowed.fold;
      return args.slice(1).reduce((acc, arg) => this.callHelper(pick, [acc, arg]), args[0]!);
    }
    const items = args.map((a) => a.text).join(', ');
    return live(`${this.code.helper(allowed.apply)}([${items}])`);
  }

  private callHelper(helper: Function, args: readonly Code[]): Code {
    return live(`${this.code.helper(helper)}(${args.map((a) => a.text).join(', ')})`);
  }

  private conditional(node: Node, depth: number): Code {
    const condition = this.compile(node.condition!, depth + 1);
    const whenTrue = this.compile(node.trueExpr!, depth + 1);
    const whenFalse = this.compile(node.falseExpr!, depth + 1);
    if (condition.constantValue !== undefined) {
      return condition.constantValue ? whenTrue : whenFalse;
    }
    return live(`(${condition.text} ? ${whenTrue.text} : ${whenFalse.text})`);
  }

  /** `a < b <= c` means `a < b and b <= c`, each operand evaluated once (into a temporary). */
  private chainedComparison(node: Node, depth: number): Code {
    const params = (node.params ?? []).map((p) => this.compile(p, depth + 1));
    const ops = (node.conditionals ?? []).map((name) => {
      if (!COMPARISONS.has(name)) throw new ExpressionError(`the comparison '${name}' is not allowed`);
      return BINARY_OPERATORS[name]!;
    });
    const temps = params.map(() => this.code.temporary());
    let text = '1';
    for (let i = ops.length - 1; i >= 0; i--) {
      const right = `${temps[i + 1]!} = ${params[i + 1]!.text}`;
      text = `(${right}, ${this.code.helper(ops[i]!)}(${temps[i]!}, ${temps[i + 1]!}) === 0 ? 0 : ${text})`;
    }
    return live(`(${temps[0]!} = ${params[0]!.text}, ${text})`);
  }
}
