/**
 * Compile-time checks between definitions that must agree: `Assert<Equal<A, B>>` fails the
 * typecheck, with both types in the message, unless A and B are the same type.
 */
export type Equal<A, B> =
  (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;

export type Assert<T extends true> = T;
