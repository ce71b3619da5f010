type Scalar = string | number | boolean;
type Value = Scalar | string[];
export type PineconeFilter = {
  [key: string]: Value | PineconeFilter | PineconeFilter[] | Record<string, Value | Scalar[]>;
};

const asList = (value: Value | undefined): Scalar[] =>
  value === undefined ? [] : Array.isArray(value) ? value : [value];

function matchField(value: Value | undefined, condition: unknown): boolean {
  if (condition === null || typeof condition !== 'object' || Array.isArray(condition))
    return asList(value).includes(condition as Scalar);
  return Object.entries(condition as Record<string, unknown>).every(([operator, operand]) => {
    const values = asList(value);
    switch (operator) {
      case '$eq':
        return values.includes(operand as Scalar);
      case '$ne':
        return !values.includes(operand as Scalar);
      case '$in':
        return (operand as Scalar[]).some((o) => values.includes(o));
      case '$nin':
        return !(operand as Scalar[]).some((o) => values.includes(o));
      case '$exists':
        return (value !== undefined) === operand;
      case '$gt':
        return typeof value === 'number' && value > (operand as number);
      case '$gte':
        return typeof value === 'number' && value >= (operand as number);
      case '$lt':
        return typeof value === 'number' && value < (operand as number);
      case '$lte':
        return typeof value === 'number' && value <= (operand as number);
      default:
        throw new Error(`Unsupported filter operator ${operator}`);
    }
  });
}

/** Pinecone's metadata filter semantics: keys AND-ed, `$and`/`$or`, and list fields matching any element. */
export function matchesPineconeFilter(metadata: Record<string, Value>, filter: PineconeFilter): boolean {
  return Object.entries(filter).every(([key, condition]) => {
    if (key === '$and')
      return (condition as PineconeFilter[]).every((f) => matchesPineconeFilter(metadata, f));
    if (key === '$or') return (condition as PineconeFilter[]).some((f) => matchesPineconeFilter(metadata, f));
    return matchField(metadata[key], condition);
  });
}
