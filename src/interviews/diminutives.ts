// Common English given names and the short forms people are called by. Notes say "Bob" and "Bill" as often as
// the roster's "Robert" and "William", so a roster name is taken out of the notes in these forms too (redact.ts:
// withDiminutives). Written for crm-audit: a short list of the usual forms, not a complete one. A nickname that is
// on no line here ("Butch", "Sonny") is removed only when the roster writes it into the name (`Robert "Butch"
// Lee`) or gives it in a nickname column, or when a --redact list names it.
//
// One line a name: the full given name first, then the short forms it goes by. The lines are read both ways: a
// roster's "Robert" is also "Bob", "Bobby", "Rob" and "Robbie", and a roster's "Bob" is also "Robert" and the
// other short forms of Robert. A short form on several lines ("Kate" for Katherine, Catherine, Kathryn and
// Kathleen; "Sandy" for Alexander, Alexandra and Sandra) stands for every one of them: we would rather remove too
// much than too little. Short forms that are also ordinary words (Bill, Will, Rob, Pat, Sue, Art, Jack, Max,
// Frank, Chuck, Don, Gene, Ray, Sandy, Penny, Kit, Drew, Ally …) are removed only where they are written as a
// name, as every name part that is a word is (WORD_NAMES, redact.ts).
const TABLE = `
Abigail: Abby Abbie
Albert: Al Bert Bertie
Alexander: Alex Alec Sandy Xander
Alexandra: Alex Lexi Sandy
Alfred: Alf Alfie Al Fred Freddie
Alan: Al
Alison: Ali Ally
Amanda: Mandy
Andrew: Andy Drew
Angela: Angie
Anthony: Tony
Arthur: Art Artie
Barbara: Barb Babs
Benjamin: Ben Benny Benji
Bradley: Brad
Catherine: Cathy Cath Kate Katie Kitty
Charles: Charlie Chuck Chas
Christina: Chris Chrissy Tina
Christine: Chris Chrissy Tina
Christopher: Chris Kit
Cynthia: Cindy
Daniel: Dan Danny
David: Dave Davey Davy
Deborah: Debbie Deb Debs
Dominic: Dom
Donald: Don Donnie
Dorothy: Dot Dottie Dolly
Douglas: Doug
Edward: Ed Eddie Ted Teddy Ned
Eleanor: Ellie Nell Nellie
Elizabeth: Liz Lizzie Beth Betty Bess Eliza Libby Ellie
Emily: Em Emmy
Eugene: Gene
Frances: Fran Frannie Frankie
Francis: Frank Frankie
Franklin: Frank Frankie
Frederick: Fred Freddie Freddy
Gabriel: Gabe
Gerald: Gerry Jerry
Gregory: Greg
Harold: Harry Hal
Helen: Nell Nellie
Henry: Harry Hank Hal
Isabella: Izzy Bella
Jacob: Jake
Jacqueline: Jackie Jacqui
James: Jim Jimmy Jamie
Jeffrey: Jeff
Jennifer: Jen Jenny Jenn
Jeremy: Jerry Jez
Jessica: Jess Jessie
Joanna: Jo
John: Jack Johnny
Jonathan: Jon Jonny
Joseph: Joe Joey
Joshua: Josh
Judith: Judy Jude
Kathleen: Kathy Kath Kate
Katherine: Kate Kathy Katie Kat Kitty Kit
Kathryn: Kate Kathy Katie
Kenneth: Ken Kenny
Kimberly: Kim
Lawrence: Larry
Leonard: Len Lenny Leo
Louis: Lou
Louise: Lou Lulu
Margaret: Maggie Meg Peggy Peg Marge
Mary: Molly Polly
Matthew: Matt Matty
Maximilian: Max
Melanie: Mel
Melissa: Mel Missy
Michael: Mike Mikey Mick Mickey
Natalie: Nat
Nathan: Nate Nat
Nathaniel: Nate Nat
Nicholas: Nick Nicky
Oliver: Ollie
Pamela: Pam
Patricia: Pat Patty Patsy Trish Tricia
Patrick: Pat Paddy
Penelope: Penny
Peter: Pete
Philip: Phil Pip
Raymond: Ray
Rebecca: Becky Becca
Richard: Rich Richie Rick Ricky Dick
Robert: Bob Bobby Rob Robbie
Ronald: Ron Ronnie
Russell: Russ
Samantha: Sam Sammy
Samuel: Sam Sammy
Sandra: Sandy
Sarah: Sally Sadie
Stephanie: Steph
Stephen: Steve Stevie
Steven: Steve Stevie
Stuart: Stu
Susan: Sue Susie Suzy
Suzanne: Sue Suzy
Terence: Terry
Theodore: Theo Ted Teddy
Theresa: Terry Tess Tessa
Thomas: Tom Tommy
Timothy: Tim Timmy
Valerie: Val
Victoria: Vicky Vicki Tori
Vincent: Vince Vinny
Virginia: Ginny
Walter: Walt Wally
William: Bill Billy Will Willy Willie Liam
Zachary: Zach Zack
`;

/** Each name of the table, in lower case: the names it is also written as (the full names and their short forms). */
const RELATED: ReadonlyMap<string, readonly string[]> = (() => {
  const groups = TABLE.trim()
    .split('\n')
    .map((line) => {
      const [full, short] = line.split(':') as [string, string];
      return [full.trim(), ...short.trim().split(/\s+/)];
    });
  const related = new Map<string, Set<string>>();
  for (const group of groups)
    for (const name of group) {
      const key = name.toLowerCase();
      const set = related.get(key) ?? new Set<string>();
      // a full name is every one of its short forms; a short form is each full name it is on a line with, and
      // that name's other short forms
      for (const other of group) if (other.toLowerCase() !== key) set.add(other);
      related.set(key, set);
    }
  return new Map([...related].map(([k, v]) => [k, [...v].sort()]));
})();

/**
 * The given names a name may also be written as, from the table above: "Robert" is "Bob", "Bobby", "Rob" and
 * "Robbie"; "Bob" is "Robert", "Bobby", "Rob" and "Robbie". Looked up in any case and without accents (the caller
 * folds them); none for a name on no line.
 */
export function relatedGivenNames(word: string): readonly string[] {
  return RELATED.get(word.toLowerCase()) ?? [];
}

/** Each name of the table, in lower case: the first in the alphabet of all the names it is linked to, line by line. */
const KEY: ReadonlyMap<string, string> = (() => {
  const key = new Map<string, string>();
  for (const start of RELATED.keys()) {
    if (key.has(start)) continue;
    // every name linked to this one, through any number of lines
    const seen = new Set([start]);
    const todo = [start];
    while (todo.length) {
      for (const other of RELATED.get(todo.pop()!) ?? []) {
        const n = other.toLowerCase();
        if (seen.has(n)) continue;
        seen.add(n);
        todo.push(n);
      }
    }
    const first = [...seen].sort()[0]!;
    for (const n of seen) key.set(n, first);
  }
  return key;
})();

/**
 * One spelling for every name a given name may be written as, for counting people: "bob", "robert" and "bobby" are
 * "bob"; "kate", "katherine" and "catherine" are one too, as "Kate" links them. A name on no line is itself.
 * Two people it makes one ("Alex" for an Alexander and an Alexandra) only make the figures more cautious.
 */
export function givenNameKey(word: string): string {
  const lower = word.toLowerCase();
  return KEY.get(lower) ?? lower;
}

/** Every name of the table under its givenNameKey: "bob" is Bob, Robert, Bobby, Rob and Robbie, in lower case. */
export const SPELLINGS_OF_KEY: ReadonlyMap<string, readonly string[]> = (() => {
  const out = new Map<string, string[]>();
  for (const [name, key] of KEY) out.set(key, [...(out.get(key) ?? []), name]);
  return out;
})();
