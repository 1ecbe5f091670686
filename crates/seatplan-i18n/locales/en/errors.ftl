err-unknown-room = the room does not exist (any more)
err-unknown-table = the table does not exist (any more)
err-unknown-logical = the logical table does not exist (any more)
err-unknown-guest = the guest does not exist (any more)
err-id-in-use = id { $id } is already in use
err-empty = { $what } must not be empty
err-room-name-taken = there is already a room named “{ $name }”
err-table-number-taken = there is already a table numbered “{ $number }”
err-logical-name-taken = there is already a logical table named “{ $name }”
err-email-taken = another guest already has the email address { $email }
err-bad-email = “{ $email }” is not an email address
err-bad-length = { $what } must be between { $min } m and { $max } m (got { $value } m)
err-not-finite = { $what } must be a finite number
err-bad-seats = a table must have between 1 and { $max } seats (got { $value })
err-table-outside-room = table { $number } would not fit inside room “{ $room }” at ({ $x } m, { $y } m)
err-not-holding = logical table “{ $logical }” does not hold table { $number }
err-not-seated-there = { $guest } is not seated at “{ $logical }”
err-marker-not-applicable = history markers do not change the plan
property-room-name = the room name
property-table-number = the table number
property-logical-name = the logical table name
property-guest-name = the guest's name
property-room-width = room width
property-room-height = room height
property-room-position = room position
property-table-position = table position
property-table-rotation = table rotation
property-table-width = table width
property-table-depth = table depth
err-no-such-batch = there is no batch { $batch } in this plan's history
err-not-a-command =
    batch { $batch } is itself { $kind ->
    [undo] an undo
    [redo] a redo
    *[other] a command
    }; undo or redo the original action instead
err-already-undone = batch { $batch } is already undone
err-not-undone = batch { $batch } is not undone, so there is nothing to redo
err-plan-read-only = the plan is read-only now: { $reason }
doc-snapshot = { $path } is open in another window: this is the plan as saved there — make changes in that window
doc-read-only-file = { $path } is read-only: you can look, search, export and save a copy to edit
err-stale-preview = the history changed since this preview was made; preview again
err-unknown-event-type = unknown event type “{ $kind }” (written by a newer seatplan?)
err-newer-event-version = event type “{ $kind }” version { $version } is newer than this build understands (up to { $supported })
err-no-such-event-version = event type “{ $kind }” has no version { $version }
err-bad-payload = payload of “{ $kind }” v{ $version } is not valid: { $reason }
err-plan-not-found = { $path }: no such file
err-plan-not-a-file = { $path }: this is { $what }, not a seatplan file
err-cannot-create = { $path }: cannot create the plan here: { $reason }
err-read-only-with-wal = { $path }: the file is read-only and holds changes not yet folded into it (a “-wal” file beside it); make the file and its folder writable to open it
err-plan-exists = { $path }: a file with this name already exists (choose another name; nothing was written)
err-not-sqlite = { $path }: not a seatplan file (it is not a SQLite database)
err-foreign-database = { $path }: this is a SQLite database of another program, not a seatplan file
err-newer-file = { $path }: written by a newer seatplan (file format { $found }, this version reads up to { $supported }); update seatplan to open it
err-already-open = { $path }: already open in another window or program; close it there first
err-corrupt = { $path }: the file is damaged ({ $detail }); restore a backup
err-bad-event = { $path }: event #{ $seq } cannot be read: { $reason }
err-inconsistent = { $path }: inconsistent history: { $detail }
err-moved = { $path }: the plan file was moved or deleted while it was open; the last change was NOT saved — use “Save a copy as…”
err-stale-wal = { $path }: the “-wal” file beside it is from another moment (a partial or older copy): with it, { $lost } of the { $actions } actions the plan file holds would be lost. Nothing was changed. If the “-wal” file came with a copy, move it away; `seatplan recover` keeps the longer history.
err-damaged-wal = { $path }: the “-wal” file beside it is damaged ({ $detail }); the plan file alone holds { $actions } actions. Nothing was changed. `seatplan recover` keeps the longer history.
err-keeps-changing = { $path }: the plan kept changing while it was being read (it is open in a window that is saving); try again in a moment
err-disk-full = { $path }: the disk is full; the last change was NOT saved
err-file-read-only = { $path }: the file is read-only (no change can be saved to it)
err-encode = could not encode an event: { $reason }
file-kind-folder = a folder
file-kind-pipe = a named pipe (FIFO)
file-kind-socket = a socket
file-kind-device = a device
file-kind-dangling-link = a link that leads to no file
file-kind-other = not a regular file
err-sheet-unsupported = { $path }: unsupported file type (use .xlsx, .xls, .ods or .csv)
err-sheet-unreadable = { $path }: not a readable spreadsheet ({ $detail })
err-sheet-no-such-sheet = { $path }: there is no sheet named “{ $sheet }” (sheets: { $available })
err-sheet-no-sheet = { $path }: the workbook has no visible sheet
err-sheet-not-text = { $path }: the CSV file is not text ({ $detail }); save it from Excel or LibreOffice as CSV
err-sheet-not-found = { $path }: there is no such file
err-sheet-not-a-file = { $path }: this is { $what }, not a spreadsheet file
err-sheet-too-large = { $path }: the file is { $size } MB; a guest list or table draw is at most { $max } MB — is it the right file?
err-sheet-encrypted = { $path }: the workbook is password-protected (encrypted); remove the password in Excel (File → Info → Protect Workbook) and save it again
err-export-cell-too-long = { $guest }: the value of “{ $field }” has { $length } characters, more than a spreadsheet cell holds ({ $max }); shorten it, then export again. Nothing was written.
err-export-xlsx = { $path }: could not write the workbook: { $reason }
err-export-over-plan = { $path }: this is a seatplan plan or another program's database — an export never writes over it; choose another file name
err-export-extension = { $path }: { $what } is written as { $expected }; choose a name that ends in it
err-export-exists = { $path }: the file already exists; choose another name (nothing was written)
err-export-not-a-file = { $path }: this is { $what }, not a file that can be replaced
err-export-not-a-folder = { $path }: this is a file, not a folder
err-export-folder-not-empty = { $path }: the folder holds other files (such as “{ $example }”); choose an empty or new folder, so that the export's files are not mixed with others
format-seating-workbook = a seating workbook
format-a-z-list = a guest list A–Z
format-printout = a printout
format-floor-plan = a floor plan
err-control-character = the { $field } “{ $text }” contains a line break or another control character; type it on one line
err-no-logical-named = there is no logical table named “{ $name }”
err-self-wish = { $guest } cannot have a wish with themselves
err-bad-weight = a wish weight must be between −100 and 100 (got { $value })
err-tables-do-not-fit = { $count } tables do not fit in room “{ $room }” (room for { $fit } more); make the room larger or add fewer
err-first-number = “{ $number }” is not a table number to count on from (use 101, or A1 for A1, A2, …)
err-unknown-field = the field does not exist (any more)
err-field-name-taken = there is already a field named “{ $name }”
# A name for a custom field that a built-in column has taken ("E-Mail (own)").
field-name-suggestion = { $name } (custom)
err-field-name-built-in = “{ $name }” is the name of the built-in column { $column }: a custom field of that name would be read back as it. Choose another name, for example “{ $suggestion }”.
err-value-too-long = the value for “{ $field }” has { $length } characters; at most { $max } fit in every export
err-option-taken = the field already has the option “{ $option }”
err-no-such-option = the field has no option “{ $option }”
err-bad-field-value = “{ $value }” is not a value of the field “{ $field }”
property-field-name = the field name
property-field-option = the option
err-no-field-named = there is no field named “{ $name }”
err-options-only-for-choice = “{ $field }” is no choice field: only a choice has options
err-foreign-schema = { $path }: { $detail } — another program changed this file, so seatplan does not open it (nothing in it was run or changed).
err-not-stored = { $path }: the change was not saved — { $detail }. Nothing was written; another program may be changing the file.
schema-extra =
    the file contains { $kind ->
         [index] an index
         [view] a view
         [trigger] a trigger
         [virtual] a virtual table
        *[other] a table
    } “{ $name }” that seatplan did not create
schema-missing =
    { $kind ->
         [index] the index
         [view] the view
         [trigger] the trigger
         [virtual] the virtual table
        *[other] the table
    } “{ $name }” is missing
schema-virtual = the table “{ $name }” has been replaced by a virtual table
schema-without-rowid = the table “{ $name }” was rebuilt WITHOUT ROWID
schema-not-strict = the table “{ $name }” is no longer STRICT
schema-extra-column = the table “{ $table }” has a column “{ $column }” that seatplan did not create
schema-column-type = the column “{ $column }” of the table “{ $table }” has the type { $found } instead of { $expected }
schema-missing-column = the table “{ $table }” lacks the column “{ $column }”
schema-changed =
    { $kind ->
         [index] the index
         [view] the view
         [trigger] the trigger
         [virtual] the virtual table
        *[other] the table
    } “{ $name }” is defined differently from how seatplan defines it
err-not-stored-batch = the record of action { $batch } is not in the file after writing it
err-not-stored-events = only { $stored } of { $count } events are in the file after writing them
err-not-stored-differs = the events in the file differ from those written
err-recover-exists = { $path } exists already: recover writes a new file and never replaces one
err-recover-nothing = { $path }: not one action can be read from this plan; nothing was written
recover-table-unreadable = the table cannot be read
recover-unknown-kind = unknown kind “{ $kind }”
recover-event-missing = the row is missing
recover-event-unreadable = event #{ $seq } cannot be read: { $reason }
recover-event-lost = event #{ $seq } is lost ({ $reason }) and may belong to this action
recover-batch-missing = its record is missing
recover-batch-unreadable = its record cannot be read: { $reason }
recover-batch-empty = none of its events can be read
recover-undo-of-lost = it undoes or redoes action { $target }, which was left out
recover-bad-marker = its undo/redo record is inconsistent
recover-event-misplaced = the row names action { $batch }, which does not fit
err-recover-no-folder = the folder { $path } does not exist
schema-no-version = its layout version is { $version }, which seatplan never writes
file-upgrade-backup = { $name } (layout 1 backup)
err-merge-self = { $path } is this plan itself: choose another copy of it to merge
err-merge-other-plan = { $other } is a different plan, not a copy of { $path }: nothing was merged
err-merge-bad = { $other } cannot be merged: { $detail }. Nothing was merged.
err-merge-future = it holds actions dated { $at }, more than a year ahead (a wrong clock on that computer?)
err-merge-id-clash =
    { $other } cannot be merged: { $count ->
        [one] one thing was
       *[other] { $count } things were
    } made on both copies under the same internal number (both were changed with a seatplan from before merging existed, or one copy was rescued from a damaged file), and merging would mix them up. Nothing was merged; bring the other copy’s changes in by hand, or import its lists.
