### The command line's human output (command and flag names and --json keys stay English).

cli-error = seatplan: error: { $error }
cli-warning = seatplan: warning: { $warning }
cli-no-room = there is no room named “{ $name }”
cli-no-table = there is no physical table numbered “{ $number }”
cli-no-logical = there is no logical table named “{ $name }”
cli-no-guest-email = there is no guest with the email address { $email }
cli-created = Created empty plan { $file }
cli-guests-range = --guests must be between 1 and 200000 (got { $guests })
cli-wrote-demo = Wrote demo plan { $file }
cli-wrote = Wrote { $file }
cli-wrote-pages = Wrote { $file } ({ $pages ->
    [one] 1 page
   *[other] { $pages } pages
})
cli-wrote-two = Wrote { $first } and { $second }
cli-wrote-emails = Wrote { $count ->
    [one] 1 email
   *[other] { $count } emails
} and { $list } to { $folder }
cli-seated-without-email = Seated but without an email ({ $count }): { $names }
cli-not-seated-no-email = Not seated, no email written ({ $count }): { $names }
cli-add-force = { $error }; add --force to replace it
cli-import-heading = { $file } — sheet “{ $sheet }”, header in row { $row }
cli-import-encoding = , read as { $encoding } text
cli-more-problems = … and { $count } more (fix these first and import again)
cli-import-problems = { $file }: { $count ->
    [one] 1 problem
   *[other] { $count } problems
} — nothing was imported
cli-import-no-changes = No changes: the plan already matches the file.
cli-dry-run = Dry run: nothing written.
cli-refuse-replace = refusing to replace it (--force)
cli-cannot-remove = { $file }: cannot remove
cli-nothing-to-change = Nothing to change: the plan already looks like that.
cli-batch = Batch { $batch }: { $what }
cli-undo-done = Done: undo of batch { $batch } recorded as batch { $marker }.
cli-redo-done = Done: redo of batch { $batch } recorded as batch { $marker }.
cli-undo-needs-yes = Nothing written. Run again with --yes to undo it.
cli-redo-needs-yes = Nothing written. Run again with --yes to redo it.
cli-preview-undo = Undo batch { $batch }: { $what }
cli-preview-redo = Redo batch { $batch }: { $what }
cli-preview-no-change = The plan would not change (later actions already override it).
cli-preview-consequences = What it does to the seating:
cli-preview-changes = The plan changes ({ $count }):
cli-and-more = … and { $count } more
cli-preview-affected = Later actions affected ({ $count }):
cli-preview-stops = stops applying: { $what } — { $reason }
cli-preview-starts = applies again: event #{ $seq } ({ $kind })
cli-preview-overriding = Later actions that set some of the same things (their values stay) ({ $count }):
cli-check-heading = { $file }: { $batches } batches, { $events } events
cli-check-integrity-ok = integrity: ok
cli-check-integrity = integrity: { $problem }
cli-check-backup = last backup: { $file } ({ $taken })
cli-check-no-backup = last backup: none yet (backups are taken when the window opens a plan)
cli-check-replay-differs = replay: a fresh replay differs from the loaded state
cli-check-replay-ok = replay: ok, every effective event applies
cli-check-left-aside = replay: ok; { $count ->
    [one] 1 event
   *[other] { $count } events
} left aside because actions they built on were undone, or changes merged from another copy no longer fit them (see the timeline):
cli-check-damaged = replay: DAMAGED — { $count ->
    [one] 1 event
   *[other] { $count } events
} did not apply even when written (edited or lost rows?):
cli-check-more-left-aside = replay: { $count ->
    [one] 1 more event
   *[other] { $count } more events
} left aside because of undos or merges
cli-summary = { $rooms ->
    [one] 1 room
   *[other] { $rooms } rooms
} · { $tables ->
    [one] 1 physical table
   *[other] { $tables } physical tables
} · { $logical ->
    [one] 1 logical table
   *[other] { $logical } logical tables
} ({ $vip } VIP) · { $guests ->
    [one] 1 guest
   *[other] { $guests } guests
} ({ $seated } seated)
cli-summary-history = History: { $batches } batches, { $events } events; { $diagnostics } replay diagnostics
cli-rooms = Rooms
cli-room-line = { $tables } tables  { $seats } seats
cli-logical-tables = Logical tables
cli-over-capacity = Over capacity
cli-over-capacity-line = table { $number }: { $guests } guests at { $seats } seats
cli-unseated = Unseated guests: { $count }
cli-undone = undone
cli-events = { $count ->
    [one] 1 event
   *[other] { $count } events
}
help-about = Seating planner for large events. Every edit is stored at once; any past action can be undone.
help-long-about =
    Seating planner for large events. Every edit is stored at once; any past action can be undone.

    Without a command, seatplan opens its window (with FILE, that plan).
help-flag-version = Print version
help-flag-help = Print help
help-command-help = Print this message or the help of the given subcommand
help-command-help-arg = The command to explain
help-heading-usage = Usage:
help-heading-commands = Commands
help-heading-arguments = Arguments
help-heading-options = Options
help-arg-window-file = A plan to open in the window
help-arg-plan = The plan file
help-arg-json = Print JSON instead of text
help-arg-batch = The batch number (from `history`), or the action’s id (from `history --json`; it never changes)
help-arg-sheet = The sheet to read (default: the first visible one)
help-arg-sheetfile = The spreadsheet
help-arg-dry-run = Only show what would change
help-arg-logical-name = The logical table's name
help-arg-force-export = Replace OUT if it exists (never a plan or another database)
help-new = Create an empty plan
help-arg-new-file = The new plan file (e.g. party.seatplan)
help-demo = Write a generated demo plan (rooms, tables, guests, a draw and a believable history)
help-arg-demo-file = The new plan file
help-arg-guests = Number of guests
help-arg-seed = Seed of the generator (same seed, same plan)
help-arg-force-demo = Replace FILE if it is an existing seatplan file (never another kind of file)
help-show = Show the current plan
help-history = Show the timeline, oldest first
help-undo = Preview undoing a batch; with --yes, undo it
help-arg-yes-undo = Commit the undo after showing the preview
help-redo = Preview redoing an undone batch; with --yes, redo it
help-arg-yes-redo = Commit the redo after showing the preview
help-vip = Make a logical table a VIP table (or a regular one with --off)
help-arg-off = Clear the VIP flag instead
help-assign = Give a logical table a physical table (or take it away with --none)
help-arg-physical-number = The physical table's number
help-arg-unassign = Unassign instead
help-seat = Seat a guest at a logical table (or unseat with --none)
help-arg-guest-email = The guest's email address
help-arg-unseat = Unseat instead
help-check = Check the file's integrity and replay; exit status 0 when clean
cli-copy-extension = { $path }: a copy of a plan is a .seatplan file, not .{ $extension }; nothing was written
help-copy = Save a consistent copy of a plan for a colleague (also while a window holds it)
help-arg-copy-file = The plan file (only read)
help-arg-copy-out = The copy (must not exist; .seatplan is added unless it ends so)
help-import-guests = Import a guest list (.xlsx, .xls, .ods, .csv) as one undoable action
help-import-draw = Import the table draw (never changes VIP tables) as one undoable action
help-export-seating = Write the seating lists (.xlsx, plus an A–Z .csv beside it, named OUT-a-z.csv)
help-arg-out-seating = The workbook to write (.xlsx)
help-arg-force-seating = Replace OUT and its A–Z .csv if they exist (never a plan or another database)
help-export-floorplan = Write the floor plan, to scale and fitted to landscape paper, as PDF, SVG or PNG (the whole venue, or one room)
help-arg-out-floorplan = The file to write; its extension (.pdf, .svg, .png) chooses the format
help-arg-room = Only this room
help-arg-paper = The paper it is fitted to: a4 (297 × 210 mm) or a3 (420 × 297 mm), landscape
help-print = Print to PDF: the floor plan, seating lists, table cards or place cards
help-arg-what = What to print: floor-plan, by-table (every table with its guests), a-z (every guest with their table), table-cards or place-cards
help-arg-out-pdf = The PDF file to write
help-arg-print-paper = Paper for the floor plan (landscape): a4 or a3. Lists and cards are always A4
help-arg-print-room = Floor plan of this room only
help-arg-each-room = Floor plan with every room on its own page
help-export-emails = Write one .eml per seated guest with an email, plus mail-merge.csv, into a folder
help-arg-email-dir = The folder: new, empty, or holding an earlier email export (which is replaced)
cli-usage-unknown-command = there is no command “{ $name }”
cli-usage-unknown-argument = there is no option { $name } here
cli-usage-missing = missing: { $names }
cli-usage-invalid-value = “{ $value }” is not a value of { $name } (possible: { $valid })
cli-usage-bad-value = “{ $value }” is not a valid value of { $name }
cli-usage-conflict = { $name } cannot be used with { $other }
cli-usage-unexpected = unexpected argument “{ $value }”
cli-usage-more = For more information, try “--help”.
help-value-file = FILE
help-value-batch = BATCH
help-value-logical = LOGICAL_NAME
help-value-number = PHYSICAL_NUMBER
help-value-email = GUEST_EMAIL
help-value-sheet = SHEETFILE
help-value-out = OUT
help-value-what = WHAT
help-value-dir = DIR
help-value-command = COMMAND
cli-not-a-length = { $what } must be a length in metres, such as 12,5 or 12.5 (not “{ $text }”)
cli-count-zero = --count must be at least 1
cli-bad-seconds = --seconds must be more than 0 and at most 3600 (got “{ $seconds }”)
cli-auto-seat-score = Score { $before } → { $after }
cli-auto-seat-counts =
    { $placed ->
    [one] 1 guest placed
    *[other] { $placed } guests placed
    } · { $moved } moved · { $unseated } without a seat
cli-auto-seat-table = “{ $table }”: { $changes }
cli-auto-seat-all-met = Every wish is met.
cli-auto-seat-unmet =
    { $count ->
    [one] 1 wish not met:
    *[other] { $count } wishes not met:
    }
cli-auto-seat-unmet-line = { $guest } and { $with } ({ $wish }): { $reason }
cli-auto-seat-again = Nothing was changed: run again with --yes to seat them (the search starts anew).
help-add-room = Add a room, placed beside the existing rooms
help-arg-room-name = The room's name
help-arg-width = Width in metres (12,5 or 12.5)
help-arg-height = Depth on the floor plan in metres
help-add-tables = Add tables to a room in a grid, numbered on from the highest table number
help-arg-tables-room = The room
help-arg-count = How many tables
help-arg-seats = Seats per table
help-arg-shape = round or rectangular
help-arg-first = The first table number (default: one more than the highest)
help-add-logical = Add a logical table (optionally with its physical table, or as a VIP table)
help-arg-logical-new = The logical table's name
help-arg-logical-table = The physical table it gets
help-arg-vip = Make it a VIP table
help-import-wishes = Import wishes (Guest, With, Weight, Rule) as one undoable action
help-auto-seat = Seat guests automatically by their wishes; a preview, or with --yes one undoable action
help-arg-all = Re-seat every guest not pinned and not at a VIP table (default: guests without a seat)
help-arg-min-known = Nobody alone: each seated guest knows at least K at the table
help-arg-department-weight = Weight of a same-department pair at one table (0: off)
help-arg-steps = A budget counted in work instead of seconds: the same seed then gives the same plan on any computer (1,000,000 steps take about a second)
help-arg-seconds = Time budget in seconds
help-arg-search-seed = Seed of the search
help-arg-auto-yes = Apply the result (one action)
help-value-name = NAME
help-value-room = ROOM
cli-auto-seat-exempt =
    Exempt from “nobody alone” (fewer wishes than asked for): { $count ->
    [one] 1 guest
    *[other] { $count } guests
    } — { $names }
cli-no-field = there is no field “{ $name }”
cli-choice-needs-options = a choice field needs its options: --options A,B,…
cli-options-only-for-choice = --options belong to a choice field (--kind choice)
cli-bad-field-value = “{ $value }” does not fit the field “{ $field }” ({ $kind })
cli-bad-field-value-options = “{ $value }” does not fit the field “{ $field }” ({ $kind }: { $options })
help-field = Define, rename or remove a custom guest field, or add and rename its options
help-pin = Pin a guest where they sit (automatic seating leaves them there), or unpin with --off
help-arg-unpin = Unpin the guest instead
cli-pin-already = { $guest } is pinned already; nothing changed
cli-unpin-already = { $guest } is not pinned; nothing changed
help-set = Set a guest's value of a custom field (an empty value clears it)
help-arg-set-guest = The guest: email, or “First Last” when only one guest has that name
help-arg-field-name = The field's name
help-arg-field-value = The value (yes/no, ja/nein; a number; one of a choice's options; text)
help-field-add = Define a field
help-field-rename = Rename a field (its values are kept)
help-field-remove = Remove a field with its values (undo brings them back)
help-arg-field-kind = What values it takes: text, yes-no, choice or number
help-arg-field-options = A choice's options, separated by commas
help-arg-field-new = The new name
cli-bad-department-weight = --department-weight must be between 0 and { $max } (got { $weight })
cli-and-n-more = and { $count } more
cli-auto-seat-without-seat = Without a seat: { $names }
cli-auto-seat-lower = The score goes down: the rules (nobody alone, must not sit together, seats) cost more than the wishes gain.
help-arg-new-fields = Columns no built-in field reads become new custom fields (kind guessed from the values)
cli-import-empty-clears-hint = (add --empty-clears to clear values whose cell is empty)
help-arg-empty-clears = An empty cell clears an existing guest’s value (not names, not the table); without it an empty cell keeps the value
help-arg-group-by = A custom field whose equal values like to sit together, instead of the department (--department-weight is its weight)
help-arg-print-fields = Seating lists (by table, A–Z): custom fields shown beside each guest (comma-separated)
help-field-add-option = Add an option to a choice field
help-field-rename-option = Rename an option of a choice field (the guests who chose it keep it)
help-arg-field-option = The new option
help-arg-field-option-from = The option as it is named now
help-arg-field-option-to = Its new name
help-accessible = Mark physical tables accessible — step-free, near the door (or not, with --off)
help-arg-accessible-numbers = The tables' numbers
help-arg-accessible-off = Mark them not accessible instead
help-arg-needs-access = A yes/no field: guests with “yes” (and their party) sit only at accessible tables
cli-needs-access-yes-no = “{ $name }” is no yes/no field: --needs-access takes a yes/no field such as “Rollstuhl”
help-recover = Write a new plan with every action of a damaged one that can still be read; list what was left out
help-arg-recover-file = The damaged plan (only read, never changed)
help-arg-recover-out = The new plan (must not exist)
cli-hint-recover = `seatplan recover FILE NEW.seatplan` writes a new plan with every action it can still read.
cli-recovered = Wrote { $out }: { $kept } of { $found } actions ({ $events } events) rescued.
cli-recovered-wal-left-aside = The “-wal” file beside it was left aside: it was from another moment and would have taken back actions the file holds.
cli-recovered-all = Nothing was left out.
cli-recovered-left-out = Left out:
cli-recovered-line =   #{ $batch } { $description } — { $reason }
cli-recovered-skipped = { $count } events of kept actions no longer apply, because what they built on was left out (`check` lists them as left aside):
cli-recovered-untouched = { $file } was not changed.
cli-unknown-placeholders = Warning: the email template uses { $list }, which is no placeholder (a typo, or a field renamed or removed): it was written as it is.
cli-fields-only-lists = --fields is for the seating lists (by-table, a-z); this printout shows no guest fields
cli-accessible-tables = Accessible tables: { $list }
cli-fields-heading = Guest fields
cli-recovered-rebuilt = Kept, their lost records rebuilt from their events: { $list }
cli-auto-seat-no-accessible-room =   Of them, { $names } need an accessible table (with their party), and none has room: mark more tables accessible.
cli-recovered-partial = Kept in part (the events that can be read; one undo takes each back) — other copies of the plan are not asked for the lost parts: merge them into a copy that has the whole actions, not into this one:
help-field-remove-option = Remove an option of a choice field (guests who chose it then have none; undo brings it back)
help-arg-field-option-gone = The option to remove
help-merge = Merge another copy of the plan: preview what it brings; with --yes, merge it
help-arg-merge-file = The plan file (changed with --yes)
help-arg-merge-other = The other copy (only read)
help-arg-yes-merge = Merge after showing the preview
help-arg-json-merge = Print the preview as JSON
cli-merge-heading =
    { $count ->
        [one] { $from } brings one action this plan does not have.
       *[other] { $from } brings { $count } actions this plan does not have.
    }
cli-merge-conflicts = Conflicts ({ $count }) — both copies changed the same thing; one value wins on every copy — normally the later change:
cli-merge-skipped = Changes that no longer apply together ({ $count }):
cli-merge-by = By { $who } ({ $count }):
cli-merge-done = Merged { $count } actions as #{ $batch }; undo #{ $batch } takes them all back.
cli-merge-nothing = Nothing to merge: this plan already has every action of the other copy.
cli-merge-needs-yes = Nothing was changed. Run again with --yes to merge.
cli-bad-batch = “{ $text }” is neither a batch number nor an action id (see `history --json`)
cli-no-such-action = No action has an id starting with “{ $text }”
cli-ambiguous-action = { $count } actions have ids starting with “{ $text }”: give more of the id
cli-merge-over-capacity = Tables over capacity after the merge ({ $count }):
