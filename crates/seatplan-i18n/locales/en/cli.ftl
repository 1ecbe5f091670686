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
cli-preview-changes = The plan changes ({ $count }):
cli-and-more = … and { $count } more
cli-preview-affected = Later actions affected ({ $count }):
cli-preview-stops = stops applying: event #{ $seq } ({ $kind }): { $reason }
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
} left aside because actions they built on were undone (normal):
cli-check-damaged = replay: DAMAGED — { $count ->
    [one] 1 event
   *[other] { $count } events
} did not apply even when written (edited or lost rows?):
cli-check-more-left-aside = replay: { $count ->
    [one] 1 more event
   *[other] { $count } more events
} left aside because of undos (normal)
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
