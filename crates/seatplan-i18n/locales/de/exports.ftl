### Was Exporte schreiben: die Sitzplan-Arbeitsmappe, die A–Z-Liste, die Standard-Gäste-E-Mail.

email-default-sender = Party-Team <party@example.com>
email-default-subject = Ihr Platz: Tisch {"{"}table_number{"}"}
email-default-body =
    Guten Tag {"{"}first_name{"}"} {"{"}last_name{"}"},

    Sie sitzen an Tisch {"{"}table_number{"}"} („{"{"}table{"}"}“), Raum: {"{"}room{"}"}.

    Wir freuen uns auf Sie!

sheet-by-table = Nach Tisch
sheet-a-z = Gäste A–Z
sheet-unseated = Ohne Platz
sheet-room = Raum
col-room = Raum
col-table = Tisch
col-logical = Logischer Tisch
col-vip = VIP
col-seats = Plätze
col-seated = Besetzt
col-last-name = Nachname
col-first-name = Vorname
col-department = Abteilung
col-dietary = Ernährung
col-email = E-Mail
value-yes = ja
col-name = Name
col-group = Gruppe
col-notes = Notizen
col-physical = Physischer Tisch
col-guest = Gast
col-with = Mit
col-weight = Gewicht
col-rule = Regel
sheet-fields = Felder
col-field = Feld
col-value = Wert
col-guests = Gäste
field-count = { $count } { $value }
field-filled = ausgefüllt
field-sum = Summe { $sum }
field-count-all =
    { $value } ({ $count ->
        [one] 1 Gast
       *[other] { $count } Gäste
    })
