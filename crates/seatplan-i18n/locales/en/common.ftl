### Words used everywhere.

# The language's own name, as the Settings list shows it.
language-name = English

# Text a person typed, in quotes.
quoted = “{ $text }”

count-guests = { $count ->
    [one] { $count } guest
   *[other] { $count } guests
}
