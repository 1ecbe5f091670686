### Words used everywhere.

# The language's own name, as the Settings list shows it.
language-name = English
# How dates and times of day are written (zero-padded numbers are passed as text).
format-date = { $year }-{ $month }-{ $day }
format-time = { $hour }:{ $minute }

# Text a person typed, in quotes.
quoted = “{ $text }”

count-guests = { $count ->
    [one] { $count } guest
   *[other] { $count } guests
}

# A copy of the plan for a colleague (File → Save a copy as…, `seatplan copy`).
copy-saved = Saved a copy of the plan as { $path } ({ $actions ->
    [one] 1 action
   *[other] { $actions } actions
}). Give it to a colleague; their changes come back with File → Merge changes from… (or `seatplan merge`).
copy-saved-window = Saved a copy of the plan as { $path } ({ $actions ->
    [one] 1 action
   *[other] { $actions } actions
}). Give it to a colleague; their changes come back with File → Merge changes from….
