/**
 * Who counts toward which step: a maximum bipartite matching between approvers and step seats
 * (a step needing N people has N seats), so no person fills two seats and no greedy choice
 * leaves a step empty that another assignment would have filled.
 */

/**
 * `eligible[p]` lists the steps person p may fill; `seats[s]` is how many people step s needs.
 * Returns, for each person, the step they fill, or undefined.
 */
export function assignApprovers(
  eligible: readonly (readonly number[])[],
  seats: readonly number[],
): (number | undefined)[] {
  const seatStep: number[] = seats.flatMap((n, step) => Array.from({ length: n }, () => step));
  const seatHolder: (number | undefined)[] = seatStep.map(() => undefined);
  const personSeat: (number | undefined)[] = eligible.map(() => undefined);

  // Kuhn's augmenting paths: small inputs (a few reviewers, at most 5 steps of 10 seats).
  const tryPlace = (person: number, visited: Set<number>): boolean => {
    const steps = eligible[person] ?? [];
    for (let seat = 0; seat < seatStep.length; seat++) {
      if (!steps.includes(seatStep[seat] as number) || visited.has(seat)) continue;
      visited.add(seat);
      const holder = seatHolder[seat];
      if (holder === undefined || tryPlace(holder, visited)) {
        seatHolder[seat] = person;
        personSeat[person] = seat;
        return true;
      }
    }
    return false;
  };
  for (let person = 0; person < eligible.length; person++) tryPlace(person, new Set());
  return personSeat.map((seat) => (seat === undefined ? undefined : seatStep[seat]));
}
