line-error = error
line-warning = warning
line-added = new
line-changed = change
line-skipped = kept
import-line-row = { $kind } (row { $row }): { $text }
import-line = { $kind }: { $text }
import-summary = { $added } new · { $changed } changed · { $unchanged } unchanged · { $kept } kept
import-summary-warnings =
    { $count ->
    [one] 1 warning
    *[other] { $count } warnings
    }
import-summary-errors =
    { $count ->
    [one] 1 error
    *[other] { $count } errors
    } — nothing will be applied
import-summary-cleared =
    { $count ->
    [one] 1 value cleared
    *[other] { $count } values cleared
    }
import-refused = the import cannot be applied: { $reason }
import-columns-read-as = columns read as: { $list }
import-lost-letters = column “{ $column }”: “{ $text }” has letters lost to the file’s encoding (a “?” or a replacement sign where a letter belongs) — save the sheet as UTF-8 or correct the name in the plan
import-clears = { $guest }: { $field } “{ $value }” is cleared (its cell is empty)
import-kept-value = { $guest }: { $field } “{ $value }”
import-empty-kept =
    { $count ->
    [one] 1 value stays where the sheet’s cell is empty (an empty cell is no value): { $examples }
    *[other] { $count } values stay where the sheet’s cell is empty (an empty cell is no value): { $examples }
    }
import-yes = yes
import-summary-no-changes = no changes
import-columns-ignored = columns ignored: { $columns }
import-cleaned = line breaks or control characters in { $fields } were replaced by spaces
import-no-name = the row has no name
import-email-twice = the email { $email } is also in row { $row }
import-bad-vip = VIP must be yes/no (ja/nein, x, 1/0, true/false), not “{ $text }”
import-cell-too-long = the { $field } cell is { $length } characters long (at most { $max })
import-name-is-date = the { $field } cell holds a date ({ $text }) — is a column shifted?
import-new-logical = new logical table “{ $name }”
import-new-guest = new guest { $first } { $last }
import-new-guest-at = new guest { $first } { $last } at “{ $table }”
import-same-guest = this row and row { $row } both describe { $guest }
import-reseat = seat { $from } → “{ $to }”
import-none = none
import-field-set = { $field } → { $value }
import-now-vip = now VIP
import-no-longer-vip = no longer VIP
import-cell-error = the { $field } cell holds the error value { $value }
import-cell-formula = the { $field } cell holds a formula without a saved value ({ $formula }) — open and save the file in Excel or LibreOffice, then import it again
import-cell-date = the { $field } cell holds a date ({ $date }), not a table name — Excel turns names like “1-5” into dates; format the column as text and type it again
import-no-header = no header row found in the first { $rows } rows: it needs the columns { $columns }
import-or = {" "}or{" "}
import-export-column = { $name } (a column seatplan’s exports write)
import-duplicate-column = { $name } (duplicate)
draw-no-logical = table { $number } has no logical table name
draw-logical-twice = “{ $name }” is also in row { $row }
draw-vip-kept = VIP table “{ $name }” kept as it is
draw-vip-kept-file-says = VIP table “{ $name }” kept as it is (the file says table { $number })
draw-no-number = “{ $name }”: no physical table given, left as it is
draw-no-such-table = there is no physical table numbered “{ $number }”
draw-table-twice = table { $number } is also drawn in row { $row }
draw-vip-holds = table { $number } belongs to the VIP table “{ $name }”, which the draw never changes
draw-other-room = table { $number } stands in “{ $actual }”, not in “{ $room }”
draw-reassigned = “{ $name }”: { $from } → table { $number }
draw-new-logical = new logical table “{ $name }” at table { $number }
draw-loses-no-number = “{ $name }” loses table { $number } (its own row gives no number)
draw-loses-not-in-file = “{ $name }” loses table { $number } (it is not in the file)
wishes-ambiguous = { $count } guests are called “{ $name }”: use the email address
wishes-unknown-guest = there is no guest “{ $name }” (by email or full name)
wishes-self = { $guest } cannot have a wish with themselves
wishes-bad-weight = the weight must be a whole number from −100 to 100, not “{ $text }”
wishes-bad-rule = the rule must be “together” or “apart” (zusammen / getrennt), not “{ $text }”
wishes-replaces-row = replaces the wish of row { $row } for { $guest } and { $with }
wishes-line = { $guest } and { $with }: { $weight }
wishes-line-together = { $guest } and { $with } must sit together
wishes-line-apart = { $guest } and { $with } must not sit together
draw-both-columns = both the logical and the physical table column are needed
wishes-half-empty = a wish needs both a guest and the guest they sit with
import-new-field = new field “{ $name }” ({ $kind })
import-field-suggested = the column “{ $name }” could become a new field ({ $kind }); import with new fields to keep it
import-bad-field-value = “{ $value }” does not fit the field “{ $field }” ({ $kind })
