/** The field key closest to a mistyped one, or undefined when none is close enough to be a likely typo. */
export function nearestKey(typo: string, keys: readonly string[]): string | undefined {
  const last = (k: string) => k.slice(k.lastIndexOf(".") + 1);
  let best: string | undefined;
  let bestScore = Infinity;
  for (const key of keys) {
    const whole = editDistance(typo.toLowerCase(), key.toLowerCase());
    // A right name under the wrong section (economy.gdp vs meeting.gdp) is a likely slip too.
    const score = last(typo) === last(key) ? Math.min(whole, 1) : whole;
    if (score < bestScore) {
      bestScore = score;
      best = key;
    }
  }
  const limit = Math.max(2, Math.floor(typo.length / 3));
  return bestScore <= limit ? best : undefined;
}

/** Levenshtein distance between two strings. */
function editDistance(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0]!;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = prev[j]!;
      prev[j] = Math.min(prev[j]! + 1, prev[j - 1]! + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = tmp;
    }
  }
  return prev[b.length]!;
}
