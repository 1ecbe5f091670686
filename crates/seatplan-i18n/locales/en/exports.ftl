### What exports write: the seating workbook, the A–Z list, the default guest email.

email-default-sender = Party team <party@example.com>
email-default-subject = Your seat: table {"{"}table_number{"}"}
email-default-body =
    Dear {"{"}first_name{"}"} {"{"}last_name{"}"},

    you are seated at “{"{"}table{"}"}”, table {"{"}table_number{"}"} in {"{"}room{"}"}.

    We look forward to seeing you!

sheet-by-table = By table
sheet-a-z = Guests A–Z
sheet-unseated = Unseated
sheet-room = Room
col-room = Room
col-table = Table
col-logical = Logical table
col-vip = VIP
col-seats = Seats
col-seated = Seated
col-last-name = Last name
col-first-name = First name
col-department = Department
col-dietary = Dietary
col-email = Email
value-yes = yes
col-name = Name
col-group = Group
col-notes = Notes
col-physical = Physical table
col-guest = Guest
col-with = With
col-weight = Weight
col-rule = Rule
sheet-fields = Fields
col-field = Field
col-value = Value
col-guests = Guests
field-count = { $count } { $value }
field-filled = filled in
field-sum = total { $sum }
field-count-all =
    { $value } ({ $count ->
        [one] 1 guest
       *[other] { $count } guests
    })
