// Single numbers stored in a run's state buffer, read and written by name (`s.rep`, `k.fatMem`):
// the one helper that defines those names on a class over a Float64Array field `x`.

/** Defines each of `names` on `proto` as the number at its index in `this.x`. */
export function defineNamedNumbers(proto: object, names: readonly string[]): void {
  names.forEach((name, i) => {
    Object.defineProperty(proto, name, {
      get(this: { readonly x: Float64Array }): number {
        return this.x[i]!;
      },
      set(this: { readonly x: Float64Array }, v: number) {
        this.x[i] = v;
      },
    });
  });
}
