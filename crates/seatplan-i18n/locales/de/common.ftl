### Wörter, die überall vorkommen.

# Der Name der Sprache in ihr selbst, wie ihn die Einstellungen zeigen.
language-name = Deutsch

# Text, den jemand eingegeben hat, in Anführungszeichen.
quoted = „{ $text }“

count-guests = { $count ->
    [one] { $count } Gast
   *[other] { $count } Gäste
}
