//! Commands: what a user asks for. Each is validated against the current plan into one batch of
//! events (or a specific [`DomainError`]); the batch is the unit of storage and of undo.

use super::error::DomainError;
use super::events::*;
use super::ids::{FieldId, GuestId, IdAllocator, LogicalId, RoomId, TableId};
use super::model::{EmailTemplate, FieldKind, FieldValue, GuestFields, TableShape, WishRule};
use super::plan::Plan;

/// A physical table to place. `number: None` picks the next free number.
#[derive(Clone, Debug, PartialEq)]
pub struct NewTable {
    /// Number to give it, or `None` for the next free one.
    pub number: Option<String>,
    /// The room it stands in.
    pub room: RoomId,
    /// Round or rectangular.
    pub shape: TableShape,
    /// Width (diameter when round), metres.
    pub width_m: f64,
    /// Depth, metres (ignored when round).
    pub depth_m: f64,
    /// Seats.
    pub seats: u32,
    /// Centre relative to the room.
    pub x_m: f64,
    /// Centre relative to the room.
    pub y_m: f64,
    /// Rotation in degrees.
    pub rotation_deg: f64,
}

/// Where one table goes in a multi-table move.
#[derive(Clone, Debug, PartialEq)]
pub struct TableMove {
    /// The table.
    pub table: TableId,
    /// Target room (may be its current one).
    pub room: RoomId,
    /// New centre relative to the room.
    pub x_m: f64,
    /// New centre relative to the room.
    pub y_m: f64,
}

/// Everything a front end can ask the core to change.
#[derive(Clone, Debug, PartialEq)]
pub enum Command {
    /// Draw a new room.
    CreateRoom {
        /// Unique name.
        name: String,
        /// Width, metres.
        width_m: f64,
        /// Height, metres.
        height_m: f64,
        /// Left edge on the canvas.
        x_m: f64,
        /// Top edge on the canvas.
        y_m: f64,
    },
    /// Rename a room.
    RenameRoom {
        /// The room.
        room: RoomId,
        /// New name.
        name: String,
    },
    /// Resize a room (its tables must still fit).
    ResizeRoom {
        /// The room.
        room: RoomId,
        /// New width.
        width_m: f64,
        /// New height.
        height_m: f64,
    },
    /// Give a room new edges (position and size) while every table keeps its place on the
    /// floor (dragging the left or top edge moves the room's origin under its tables).
    ResizeRoomKeepingTables {
        /// The room.
        room: RoomId,
        /// New left edge.
        x_m: f64,
        /// New top edge.
        y_m: f64,
        /// New width.
        width_m: f64,
        /// New height.
        height_m: f64,
    },
    /// Move a room (with its tables) on the canvas.
    MoveRoom {
        /// The room.
        room: RoomId,
        /// New left edge.
        x_m: f64,
        /// New top edge.
        y_m: f64,
    },
    /// Delete a room and every table in it.
    DeleteRoom {
        /// The room.
        room: RoomId,
    },
    /// Place a physical table.
    AddTable(NewTable),
    /// Move one or more tables (possibly into other rooms) as one action.
    MoveTables(Vec<TableMove>),
    /// Rotate a table.
    RotateTable {
        /// The table.
        table: TableId,
        /// New rotation, degrees.
        rotation_deg: f64,
    },
    /// Give a table a new number.
    RenumberTable {
        /// The table.
        table: TableId,
        /// New number.
        number: String,
    },
    /// Change a table's seats.
    SetTableSeats {
        /// The table.
        table: TableId,
        /// New seats.
        seats: u32,
    },
    /// Change a table's shape and size.
    SetTableShape {
        /// The table.
        table: TableId,
        /// New shape.
        shape: TableShape,
        /// New width.
        width_m: f64,
        /// New depth.
        depth_m: f64,
    },
    /// Delete tables (their logical tables lose them).
    DeleteTables(Vec<TableId>),
    /// Create a logical table.
    CreateLogicalTable {
        /// Unique name.
        name: String,
        /// VIP flag.
        vip: bool,
    },
    /// Rename a logical table.
    RenameLogicalTable {
        /// The logical table.
        logical: LogicalId,
        /// New name.
        name: String,
    },
    /// Mark physical tables accessible (step-free, near the door) or not.
    SetTablesAccessible {
        /// The tables.
        tables: Vec<TableId>,
        /// Accessible?
        accessible: bool,
    },
    /// Set or clear a logical table's VIP flag.
    SetVip {
        /// The logical table.
        logical: LogicalId,
        /// New flag.
        vip: bool,
    },
    /// Give a logical table a physical table, or take it away (`None`).
    AssignTable {
        /// The logical table.
        logical: LogicalId,
        /// The physical table, or `None` to unassign.
        table: Option<TableId>,
    },
    /// Delete a logical table (its guests are unseated).
    DeleteLogicalTable {
        /// The logical table.
        logical: LogicalId,
    },
    /// Add a guest.
    AddGuest(GuestFields),
    /// Replace a guest's fields (only the fields that differ become events).
    EditGuest {
        /// The guest.
        guest: GuestId,
        /// The complete new fields.
        fields: GuestFields,
    },
    /// Delete guests.
    DeleteGuests(Vec<GuestId>),
    /// Seat guests at a logical table, or unseat them (`None`).
    SeatGuests {
        /// The guests.
        guests: Vec<GuestId>,
        /// The logical table, or `None` to unseat.
        logical: Option<LogicalId>,
    },
    /// Add a guest, seated at the logical table with this name. Names are looked up when the
    /// batch is built, so the table may be created earlier in the same batch (imports).
    AddGuestSeatedAt {
        /// The guest.
        fields: GuestFields,
        /// The logical table's name, if the guest gets a seat.
        logical_name: Option<String>,
        /// Values of custom fields, by field name (fields defined earlier in the same action
        /// count).
        custom: Vec<(String, FieldValue)>,
    },
    /// Set a guest's value of the custom field with this name (defined earlier in the same
    /// action, perhaps).
    SetGuestFieldNamed {
        /// The guest.
        guest: GuestId,
        /// The field's name.
        field_name: String,
        /// The value (`None`: empty).
        value: Option<FieldValue>,
    },
    /// Seat guests at the logical table with this name (see [`Command::AddGuestSeatedAt`]).
    SeatGuestsAtNamed {
        /// The guests.
        guests: Vec<GuestId>,
        /// The logical table's name.
        logical_name: String,
    },
    /// Give the logical table with this name a physical table (see
    /// [`Command::AddGuestSeatedAt`]).
    AssignTableToNamed {
        /// The logical table's name.
        logical_name: String,
        /// The physical table.
        table: TableId,
    },
    /// Change the guest email template.
    SetEmailTemplate(EmailTemplate),
    /// Set the wish between two guests (replacing theirs, if any).
    SetWish {
        /// One guest.
        guest: GuestId,
        /// The other.
        with: GuestId,
        /// −100 … +100.
        weight: i32,
        /// A hard rule, if any.
        rule: Option<WishRule>,
    },
    /// Remove the wish between two guests.
    RemoveWish {
        /// One guest.
        guest: GuestId,
        /// The other.
        with: GuestId,
    },
    /// Pin or unpin guests (automatic seating keeps pinned guests where they are).
    PinGuests {
        /// The guests.
        guests: Vec<GuestId>,
        /// Pinned or not.
        pinned: bool,
    },
    /// Plan a logical table without a physical table for this many seats (`None`: usual size).
    SetPlannedSeats {
        /// The logical table.
        logical: LogicalId,
        /// Seats.
        seats: Option<u32>,
    },
    /// Define a custom guest field.
    DefineField {
        /// Its name.
        name: String,
        /// What values it takes.
        kind: FieldKind,
        /// A choice's options.
        options: Vec<String>,
    },
    /// Rename a custom field (values are kept).
    RenameField {
        /// The field.
        field: FieldId,
        /// The new name.
        name: String,
    },
    /// Add an option to a choice field.
    AddFieldOption {
        /// The field.
        field: FieldId,
        /// The option.
        option: String,
    },
    /// Remove an option of a choice field (and the values that have it; undo brings them back).
    RemoveFieldOption {
        /// The field.
        field: FieldId,
        /// The option's name.
        option: String,
    },
    /// Rename an option of a choice field (and the values that have it).
    RenameFieldOption {
        /// The field.
        field: FieldId,
        /// The option's name.
        from: String,
        /// Its new name.
        to: String,
    },
    /// Move a custom field to another place in the order.
    MoveField {
        /// The field.
        field: FieldId,
        /// Its new place (0 = first).
        position: u32,
    },
    /// Remove a custom field and its values.
    RemoveField {
        /// The field.
        field: FieldId,
    },
    /// Set (or, with `None`, clear) a guest's value of a custom field.
    SetGuestField {
        /// The guest.
        guest: GuestId,
        /// The field.
        field: FieldId,
        /// The value.
        value: Option<FieldValue>,
    },
    /// Several commands as one action (one batch, one undo), each seeing the ones before it.
    Many {
        /// The timeline text for the whole action.
        description: String,
        /// The commands, in order.
        commands: Vec<Command>,
    },
}

/// A validated command: its events and the plan they lead to.
#[derive(Clone, Debug)]
pub struct ProposedBatch {
    /// Timeline text ("Moved table 17").
    pub description: String,
    /// The events, in order. Empty when the command changes nothing.
    pub events: Vec<Event>,
    /// The plan after the events.
    pub plan: Plan,
}

/// Validates `command` against `plan` into a batch. Fresh ids come from `ids`.
pub fn propose(
    command: &Command,
    plan: &Plan,
    ids: &mut IdAllocator,
) -> Result<ProposedBatch, DomainError> {
    let mut scratch = plan.clone();
    let mut events = Vec::new();
    // Stored with the batch for other tools, always in English; people read the batch rendered
    // from its events in their language (`Document::describe_batch`).
    let description =
        seatplan_i18n::with_language(seatplan_i18n::FALLBACK, || command.describe(plan));
    push_events(command, &mut scratch, ids, &mut events)?;
    Ok(ProposedBatch {
        description,
        events,
        plan: scratch,
    })
}

/// Checks `command` against `plan` by the rules [`propose`] applies (so by those the real run
/// meets), without keeping anything: what previews run.
pub fn validate(command: &Command, plan: &Plan) -> Result<(), DomainError> {
    let mut ids = IdAllocator::past(plan.highest_id());
    let mut scratch = plan.clone();
    push_events(command, &mut scratch, &mut ids, &mut Vec::new())
}

/// Appends the events of `command` to `out`, applying each to `scratch` as it goes.
fn push_events(
    command: &Command,
    scratch: &mut Plan,
    ids: &mut IdAllocator,
    out: &mut Vec<Event>,
) -> Result<(), DomainError> {
    if let Command::Many { commands, .. } = command {
        for command in commands {
            push_events(command, scratch, ids, out)?;
        }
        return Ok(());
    }
    if let Command::ResizeRoomKeepingTables {
        room,
        x_m,
        y_m,
        width_m,
        height_m,
    } = command
    {
        for step in resize_keeping_tables(scratch, *room, *x_m, *y_m, *width_m, *height_m)? {
            push_events(&step, scratch, ids, out)?;
        }
        return Ok(());
    }
    for event in command.leaf_events(scratch, ids)? {
        super::text::check_event(&event)?;
        scratch.apply(&event)?;
        out.push(event);
    }
    Ok(())
}

impl Command {
    /// Copies of `tables` (same shape, seats and rotation), each 1 m down-right of its original
    /// and kept inside its room, with the next free numbers; one action. `None` if none exist.
    pub fn duplicate_tables(plan: &Plan, tables: &[TableId]) -> Option<Command> {
        let originals: Vec<_> = tables.iter().filter_map(|t| plan.table(*t)).collect();
        let commands: Vec<Command> = originals
            .iter()
            .filter_map(|t| {
                let room = plan.room(t.room)?;
                let (x_m, y_m) = room.keep_inside(t.half_extent_m(), t.x_m + 1.0, t.y_m + 1.0);
                Some(Command::AddTable(NewTable {
                    number: None,
                    room: t.room,
                    shape: t.shape,
                    width_m: t.width_m,
                    depth_m: t.depth_m,
                    seats: t.seats,
                    x_m,
                    y_m,
                    rotation_deg: t.rotation_deg,
                }))
            })
            .collect();
        let description = match originals.as_slice() {
            [] => return None,
            [one] => format!("Duplicated table {}", one.number),
            many => format!("Duplicated {} tables", many.len()),
        };
        Some(Command::Many {
            description,
            commands,
        })
    }

    /// Rotates `tables` by `degrees` more, as one action.
    pub fn rotate_tables_by(plan: &Plan, tables: &[TableId], degrees: f64) -> Command {
        let commands: Vec<Command> = tables
            .iter()
            .filter_map(|t| plan.table(*t))
            .map(|t| Command::RotateTable {
                table: t.id,
                rotation_deg: super::plan::normalise_degrees(t.rotation_deg + degrees),
            })
            .collect();
        Command::Many {
            description: match commands.len() {
                1 => format!(
                    "Rotated table {} by {degrees}°",
                    tables
                        .first()
                        .and_then(|t| plan.table(*t))
                        .map_or("?", |t| t.number.as_str())
                ),
                n => format!("Rotated {n} tables by {degrees}°"),
            },
            commands,
        }
    }

    /// Timeline text for this command, worded against the plan before it runs.
    pub fn describe(&self, plan: &Plan) -> String {
        let room = |id: RoomId| {
            plan.room(id)
                .map_or_else(|| id.to_string(), |r| r.name.clone())
        };
        let table = |id: TableId| {
            plan.table(id)
                .map_or_else(|| id.to_string(), |t| format!("table {}", t.number))
        };
        let logical = |id: LogicalId| {
            plan.logical_table(id)
                .map_or_else(|| id.to_string(), |l| l.name.clone())
        };
        let guest = |id: GuestId| {
            plan.guest(id)
                .map_or_else(|| id.to_string(), |g| g.display_name())
        };
        match self {
            Command::CreateRoom { name, .. } => format!("Created room “{}”", name.trim()),
            Command::RenameRoom { room: r, name } => {
                format!("Renamed room “{}” to “{}”", room(*r), name.trim())
            }
            Command::ResizeRoom {
                room: r,
                width_m,
                height_m,
            } => format!("Resized room “{}” to {width_m} × {height_m} m", room(*r)),
            Command::MoveRoom { room: r, .. } => format!("Moved room “{}”", room(*r)),
            Command::ResizeRoomKeepingTables {
                room: r,
                width_m,
                height_m,
                ..
            } => format!(
                "Resized room “{}” to {} × {} m",
                room(*r),
                super::describe::metres(*width_m),
                super::describe::metres(*height_m)
            ),
            Command::DeleteRoom { room: r } => format!("Deleted room “{}”", room(*r)),
            Command::AddTable(t) => match &t.number {
                Some(n) => format!("Added table {} in “{}”", n.trim(), room(t.room)),
                None => format!(
                    "Added table {} in “{}”",
                    plan.next_free_table_number(),
                    room(t.room)
                ),
            },
            Command::MoveTables(moves) => match moves.as_slice() {
                [one] => format!("Moved {}", table(one.table)),
                many => format!("Moved {} tables", many.len()),
            },
            Command::RotateTable {
                table: t,
                rotation_deg,
            } => format!("Rotated {} to {rotation_deg}°", table(*t)),
            Command::RenumberTable { table: t, number } => {
                format!("Renumbered {} to {}", table(*t), number.trim())
            }
            Command::SetTableSeats { table: t, seats } => {
                format!("Set {} to {seats} seats", table(*t))
            }
            Command::SetTableShape {
                table: t, shape, ..
            } => {
                format!("Made {} {shape}", table(*t))
            }
            Command::DeleteTables(ids) => match ids.as_slice() {
                [one] => format!("Deleted {}", table(*one)),
                many => format!("Deleted {} tables", many.len()),
            },
            Command::CreateLogicalTable { name, vip } => format!(
                "Created {}logical table “{}”",
                if *vip { "VIP " } else { "" },
                name.trim()
            ),
            Command::RenameLogicalTable { logical: l, name } => {
                format!("Renamed “{}” to “{}”", logical(*l), name.trim())
            }
            Command::SetTablesAccessible { tables, accessible } => {
                let numbers: Vec<String> = tables
                    .iter()
                    .map(|t| plan.table(*t).map_or("?".to_owned(), |t| t.number.clone()))
                    .collect();
                let numbers = numbers.join(", ");
                if *accessible {
                    format!("Marked table {numbers} accessible")
                } else {
                    format!("Marked table {numbers} not accessible")
                }
            }
            Command::SetVip { logical: l, vip } => {
                if *vip {
                    format!("Made “{}” a VIP table", logical(*l))
                } else {
                    format!("Made “{}” a regular table", logical(*l))
                }
            }
            Command::AssignTable {
                logical: l,
                table: t,
            } => match t {
                Some(t) => format!("Assigned {} to “{}”", table(*t), logical(*l)),
                None => format!("Unassigned “{}”", logical(*l)),
            },
            Command::DeleteLogicalTable { logical: l } => {
                format!("Deleted logical table “{}”", logical(*l))
            }
            Command::AddGuest(f) => format!(
                "Added guest {}",
                format!("{} {}", f.first_name.trim(), f.last_name.trim()).trim()
            ),
            Command::EditGuest { guest: g, .. } => format!("Edited guest {}", guest(*g)),
            Command::DeleteGuests(ids) => match ids.as_slice() {
                [one] => format!("Deleted guest {}", guest(*one)),
                many => format!("Deleted {} guests", many.len()),
            },
            Command::SeatGuests { guests, logical: l } => {
                let who = match guests.as_slice() {
                    [one] => guest(*one),
                    many => format!("{} guests", many.len()),
                };
                match l {
                    Some(l) => format!("Seated {who} at “{}”", logical(*l)),
                    None => format!("Unseated {who}"),
                }
            }
            Command::AddGuestSeatedAt {
                fields,
                logical_name,
                ..
            } => {
                let name = format!("{} {}", fields.first_name.trim(), fields.last_name.trim());
                match logical_name {
                    Some(l) => format!("Added guest {} at “{}”", name.trim(), l.trim()),
                    None => format!("Added guest {}", name.trim()),
                }
            }
            Command::SeatGuestsAtNamed {
                guests,
                logical_name,
            } => match guests.as_slice() {
                [one] => format!("Seated {} at “{}”", guest(*one), logical_name.trim()),
                many => format!("Seated {} guests at “{}”", many.len(), logical_name.trim()),
            },
            Command::AssignTableToNamed {
                logical_name,
                table: t,
            } => format!("Assigned {} to “{}”", table(*t), logical_name.trim()),
            Command::SetEmailTemplate(_) => "Changed the guest email".to_owned(),
            Command::SetGuestFieldNamed {
                guest: g,
                field_name,
                ..
            } => format!("Set “{}” of {}", field_name.trim(), guest(*g)),
            Command::SetWish {
                guest: a,
                with: b,
                weight,
                rule,
            } => match rule {
                Some(WishRule::Together) => {
                    format!("{} and {} must sit together", guest(*a), guest(*b))
                }
                Some(WishRule::Apart) => {
                    format!("{} and {} must not sit together", guest(*a), guest(*b))
                }
                None => format!(
                    "Wish: {} and {} ({})",
                    guest(*a),
                    guest(*b),
                    super::describe::signed(*weight)
                ),
            },
            Command::RemoveWish { guest: a, with: b } => {
                format!("Removed the wish between {} and {}", guest(*a), guest(*b))
            }
            Command::PinGuests { guests, pinned } => {
                let who = match guests.as_slice() {
                    [one] => guest(*one),
                    many => format!("{} guests", many.len()),
                };
                if *pinned {
                    format!("Pinned {who}")
                } else {
                    format!("Unpinned {who}")
                }
            }
            Command::DefineField { name, .. } => format!("Added field “{}”", name.trim()),
            Command::RenameField { field, name } => format!(
                "Renamed field “{}” to “{}”",
                plan.field(*field).map_or("?", |f| f.name.as_str()),
                name.trim()
            ),
            Command::AddFieldOption { field, option } => format!(
                "Added option “{}” to “{}”",
                option.trim(),
                plan.field(*field).map_or("?", |f| f.name.as_str())
            ),
            Command::RemoveFieldOption { field, option } => format!(
                "Removed option “{}” of “{}”",
                option.trim(),
                plan.field(*field).map_or("?", |f| f.name.as_str())
            ),
            Command::RenameFieldOption { field, from, to } => format!(
                "Renamed option “{from}” of “{}” to “{}”",
                plan.field(*field).map_or("?", |f| f.name.as_str()),
                to.trim()
            ),
            Command::MoveField { field, .. } => format!(
                "Moved field “{}”",
                plan.field(*field).map_or("?", |f| f.name.as_str())
            ),
            Command::RemoveField { field } => format!(
                "Removed field “{}”",
                plan.field(*field).map_or("?", |f| f.name.as_str())
            ),
            Command::SetGuestField {
                guest: g, field, ..
            } => format!(
                "Set “{}” of {}",
                plan.field(*field).map_or("?", |f| f.name.as_str()),
                guest(*g)
            ),
            Command::SetPlannedSeats { logical: l, seats } => match seats {
                Some(seats) => format!("Planned “{}” for {seats} seats", logical(*l)),
                None => format!("Planned “{}” at the usual size", logical(*l)),
            },
            Command::Many { description, .. } => description.clone(),
        }
    }

    /// The events of a single (non-`Many`) command against `plan`; empty when nothing changes.
    fn leaf_events(&self, plan: &Plan, ids: &mut IdAllocator) -> Result<Vec<Event>, DomainError> {
        let table_of = |id: TableId| plan.table(id).ok_or(DomainError::UnknownTable(id));
        let room_of = |id: RoomId| plan.room(id).ok_or(DomainError::UnknownRoom(id));
        let logical_of = |id: LogicalId| {
            plan.logical_table(id)
                .ok_or(DomainError::UnknownLogical(id))
        };
        let guest_of = |id: GuestId| plan.guest(id).ok_or(DomainError::UnknownGuest(id));
        let field_of = |id: FieldId| plan.field(id).ok_or(DomainError::UnknownField(id));
        let events = match self {
            Command::CreateRoom {
                name,
                width_m,
                height_m,
                x_m,
                y_m,
            } => vec![Event::RoomCreated(RoomCreated {
                room: RoomId(ids.allocate()),
                name: name.trim().to_owned(),
                width_m: *width_m,
                height_m: *height_m,
                x_m: *x_m,
                y_m: *y_m,
            })],
            Command::RenameRoom { room, name } => {
                let current = room_of(*room)?;
                if current.name == name.trim() {
                    vec![]
                } else {
                    vec![Event::RoomRenamed(RoomRenamed {
                        room: *room,
                        name: name.trim().to_owned(),
                    })]
                }
            }
            Command::ResizeRoom {
                room,
                width_m,
                height_m,
            } => {
                let current = room_of(*room)?;
                if current.width_m == *width_m && current.height_m == *height_m {
                    vec![]
                } else {
                    vec![Event::RoomResized(RoomResized {
                        room: *room,
                        width_m: *width_m,
                        height_m: *height_m,
                    })]
                }
            }
            Command::MoveRoom { room, x_m, y_m } => {
                let current = room_of(*room)?;
                if current.x_m == *x_m && current.y_m == *y_m {
                    vec![]
                } else {
                    vec![Event::RoomMoved(RoomMoved {
                        room: *room,
                        x_m: *x_m,
                        y_m: *y_m,
                    })]
                }
            }
            Command::DeleteRoom { room } => {
                room_of(*room)?;
                let mut events = Vec::new();
                for table in plan.tables().filter(|t| t.room == *room) {
                    push_table_deletion(plan, table.id, &mut events);
                }
                events.push(Event::RoomDeleted(RoomDeleted { room: *room }));
                events
            }
            Command::AddTable(t) => {
                let number = match &t.number {
                    Some(n) => n.trim().to_owned(),
                    None => plan.next_free_table_number(),
                };
                vec![Event::TableAdded(TableAdded {
                    table: TableId(ids.allocate()),
                    number,
                    room: t.room,
                    shape: t.shape,
                    width_m: t.width_m,
                    depth_m: if t.shape == TableShape::Round {
                        t.width_m
                    } else {
                        t.depth_m
                    },
                    seats: t.seats,
                    x_m: t.x_m,
                    y_m: t.y_m,
                    rotation_deg: t.rotation_deg,
                })]
            }
            Command::MoveTables(moves) => {
                let mut events = Vec::with_capacity(moves.len());
                for m in moves {
                    let current = table_of(m.table)?;
                    if current.room != m.room || current.x_m != m.x_m || current.y_m != m.y_m {
                        events.push(Event::TableMoved(TableMoved {
                            table: m.table,
                            room: m.room,
                            x_m: m.x_m,
                            y_m: m.y_m,
                        }));
                    }
                }
                events
            }
            Command::RotateTable {
                table,
                rotation_deg,
            } => {
                let current = table_of(*table)?;
                if current.rotation_deg == super::plan::normalise_degrees(*rotation_deg) {
                    vec![]
                } else {
                    vec![Event::TableRotated(TableRotated {
                        table: *table,
                        rotation_deg: *rotation_deg,
                    })]
                }
            }
            Command::RenumberTable { table, number } => {
                let current = table_of(*table)?;
                if current.number == number.trim() {
                    vec![]
                } else {
                    vec![Event::TableRenumbered(TableRenumbered {
                        table: *table,
                        number: number.trim().to_owned(),
                    })]
                }
            }
            Command::SetTableSeats { table, seats } => {
                let current = table_of(*table)?;
                if current.seats == *seats {
                    vec![]
                } else {
                    vec![Event::TableSeatsChanged(TableSeatsChanged {
                        table: *table,
                        seats: *seats,
                    })]
                }
            }
            Command::SetTableShape {
                table,
                shape,
                width_m,
                depth_m,
            } => {
                let current = table_of(*table)?;
                let depth_m = if *shape == TableShape::Round {
                    *width_m
                } else {
                    *depth_m
                };
                if current.shape == *shape
                    && current.width_m == *width_m
                    && current.depth_m == depth_m
                {
                    vec![]
                } else {
                    vec![Event::TableShapeChanged(TableShapeChanged {
                        table: *table,
                        shape: *shape,
                        width_m: *width_m,
                        depth_m,
                    })]
                }
            }
            Command::DeleteTables(tables) => {
                let mut events = Vec::new();
                for &table in tables {
                    table_of(table)?;
                    push_table_deletion(plan, table, &mut events);
                }
                events
            }
            Command::CreateLogicalTable { name, vip } => {
                vec![Event::LogicalTableCreated(LogicalTableCreated {
                    logical: LogicalId(ids.allocate()),
                    name: name.trim().to_owned(),
                    vip: *vip,
                })]
            }
            Command::RenameLogicalTable { logical, name } => {
                let current = logical_of(*logical)?;
                if current.name == name.trim() {
                    vec![]
                } else {
                    vec![Event::LogicalTableRenamed(LogicalTableRenamed {
                        logical: *logical,
                        name: name.trim().to_owned(),
                    })]
                }
            }
            Command::SetTablesAccessible { tables, accessible } => {
                let mut events = Vec::with_capacity(tables.len());
                for &table in tables {
                    if table_of(table)?.accessible != *accessible {
                        events.push(Event::TableAccessibleSet(TableAccessibleSet {
                            table,
                            accessible: *accessible,
                        }));
                    }
                }
                events
            }
            Command::SetVip { logical, vip } => {
                let current = logical_of(*logical)?;
                if current.vip == *vip {
                    vec![]
                } else {
                    vec![Event::LogicalTableVipSet(LogicalTableVipSet {
                        logical: *logical,
                        vip: *vip,
                    })]
                }
            }
            Command::AssignTable { logical, table } => {
                let current = logical_of(*logical)?;
                match (table, current.physical) {
                    (Some(t), Some(held)) if *t == held => vec![],
                    (Some(t), _) => {
                        table_of(*t)?;
                        vec![Event::LogicalTableAssigned(LogicalTableAssigned {
                            logical: *logical,
                            table: *t,
                        })]
                    }
                    (None, Some(held)) => vec![Event::LogicalTableReleased(LogicalTableReleased {
                        logical: *logical,
                        table: held,
                    })],
                    (None, None) => vec![],
                }
            }
            Command::DeleteLogicalTable { logical } => {
                let current = logical_of(*logical)?;
                let mut events: Vec<Event> = plan
                    .guests_at(*logical)
                    .map(|g| {
                        Event::GuestUnseated(GuestUnseated {
                            guest: g.id,
                            logical: *logical,
                        })
                    })
                    .collect();
                if let Some(table) = current.physical {
                    events.push(Event::LogicalTableReleased(LogicalTableReleased {
                        logical: *logical,
                        table,
                    }));
                }
                events.push(Event::LogicalTableDeleted(LogicalTableDeleted {
                    logical: *logical,
                }));
                events
            }
            Command::AddGuest(fields) => vec![Event::GuestAdded(GuestAdded {
                guest: GuestId(ids.allocate()),
                fields: Box::new(trimmed_fields(fields)),
            })],
            Command::EditGuest { guest, fields } => {
                let current = guest_of(*guest)?;
                let changes = GuestChanges::between(&current.fields, &trimmed_fields(fields));
                if changes.is_empty() {
                    vec![]
                } else {
                    vec![Event::GuestUpdated(GuestUpdated {
                        guest: *guest,
                        changes: Box::new(changes),
                    })]
                }
            }
            Command::DeleteGuests(guests) => {
                let mut events = Vec::with_capacity(guests.len());
                for &guest in guests {
                    guest_of(guest)?;
                    events.push(Event::GuestDeleted(GuestDeleted { guest }));
                }
                events
            }
            Command::SeatGuests { guests, logical } => {
                if let Some(l) = logical {
                    logical_of(*l)?;
                }
                let mut events = Vec::with_capacity(guests.len());
                for &guest in guests {
                    let current = guest_of(guest)?;
                    match (logical, current.logical) {
                        (Some(l), Some(now)) if *l == now => {}
                        (Some(l), _) => {
                            events.push(Event::GuestSeated(GuestSeated { guest, logical: *l }))
                        }
                        (None, Some(now)) => events.push(Event::GuestUnseated(GuestUnseated {
                            guest,
                            logical: now,
                        })),
                        (None, None) => {}
                    }
                }
                events
            }
            Command::AddGuestSeatedAt {
                fields,
                logical_name,
                custom,
            } => {
                let logical = match logical_name {
                    Some(name) => Some(logical_by_name(plan, name)?),
                    None => None,
                };
                let guest = GuestId(ids.allocate());
                let mut events = vec![Event::GuestAdded(GuestAdded {
                    guest,
                    fields: Box::new(trimmed_fields(fields)),
                })];
                if let Some(logical) = logical {
                    events.push(Event::GuestSeated(GuestSeated { guest, logical }));
                }
                for (name, value) in custom {
                    let field = field_by_name(plan, name)?;
                    check_value_length(plan, field, Some(value))?;
                    events.push(Event::GuestFieldSet(GuestFieldSet {
                        guest,
                        field,
                        value: Some(value.clone()),
                    }));
                }
                events
            }
            Command::SetGuestFieldNamed {
                guest,
                field_name,
                value,
            } => Command::SetGuestField {
                guest: *guest,
                field: field_by_name(plan, field_name)?,
                value: value.clone(),
            }
            .leaf_events(plan, ids)?,
            Command::SeatGuestsAtNamed {
                guests,
                logical_name,
            } => Command::SeatGuests {
                guests: guests.clone(),
                logical: Some(logical_by_name(plan, logical_name)?),
            }
            .leaf_events(plan, ids)?,
            Command::AssignTableToNamed {
                logical_name,
                table,
            } => Command::AssignTable {
                logical: logical_by_name(plan, logical_name)?,
                table: Some(*table),
            }
            .leaf_events(plan, ids)?,
            Command::SetEmailTemplate(template) => {
                if plan.email_template() == *template {
                    vec![]
                } else {
                    vec![Event::EmailTemplateSet(EmailTemplateSet {
                        template: template.clone(),
                    })]
                }
            }
            Command::SetWish {
                guest,
                with,
                weight,
                rule,
            } => {
                guest_of(*guest)?;
                guest_of(*with)?;
                let (a, b) = super::plan::pair(*guest, *with);
                let same = plan
                    .wish(a, b)
                    .is_some_and(|w| w.weight == *weight && w.rule == *rule);
                if same {
                    vec![]
                } else {
                    vec![Event::WishSet(WishSet {
                        guest: a,
                        with: b,
                        weight: *weight,
                        rule: *rule,
                    })]
                }
            }
            Command::RemoveWish { guest, with } => {
                guest_of(*guest)?;
                guest_of(*with)?;
                let (a, b) = super::plan::pair(*guest, *with);
                if plan.wish(a, b).is_some() {
                    vec![Event::WishRemoved(WishRemoved { guest: a, with: b })]
                } else {
                    vec![]
                }
            }
            Command::PinGuests { guests, pinned } => {
                let mut events = Vec::with_capacity(guests.len());
                for &guest in guests {
                    if guest_of(guest)?.pinned != *pinned {
                        events.push(Event::GuestPinned(GuestPinned {
                            guest,
                            pinned: *pinned,
                        }));
                    }
                }
                events
            }
            Command::DefineField {
                name,
                kind,
                options,
            } => {
                check_not_built_in(name)?;
                vec![Event::FieldDefined(FieldDefined {
                    field: FieldId(ids.allocate()),
                    name: name.trim().to_owned(),
                    kind: *kind,
                    options: if *kind == FieldKind::Choice {
                        options.iter().map(|o| o.trim().to_owned()).collect()
                    } else {
                        Vec::new()
                    },
                })]
            }
            Command::RenameField { field, name } => {
                let current = field_of(*field)?;
                if current.name == name.trim() {
                    vec![]
                } else {
                    check_not_built_in(name)?;
                    let mut events = vec![Event::FieldRenamed(FieldRenamed {
                        field: *field,
                        name: name.trim().to_owned(),
                    })];
                    // The email template's placeholder follows the name, in the same action.
                    let (old, new) = (
                        format!("{{{}}}", current.name),
                        format!("{{{}}}", name.trim()),
                    );
                    if let Some(template) = plan.own_email_template()
                        && (template.subject.contains(&old) || template.body.contains(&old))
                    {
                        events.push(Event::EmailTemplateSet(EmailTemplateSet {
                            template: EmailTemplate {
                                sender: template.sender.clone(),
                                subject: template.subject.replace(&old, &new),
                                body: template.body.replace(&old, &new),
                            },
                        }));
                    }
                    events
                }
            }
            Command::AddFieldOption { field, option } => {
                let custom = field_of(*field)?;
                if custom.kind != super::FieldKind::Choice {
                    return Err(DomainError::NotAChoice(custom.name.clone()));
                }
                vec![Event::FieldOptionAdded(FieldOptionAdded {
                    field: *field,
                    option: option.trim().to_owned(),
                })]
            }
            Command::RemoveFieldOption { field, option } => {
                let custom = field_of(*field)?;
                if custom.kind != super::FieldKind::Choice {
                    return Err(DomainError::NotAChoice(custom.name.clone()));
                }
                let wanted = option.trim().to_lowercase();
                let option = custom
                    .options
                    .iter()
                    .find(|o| o.trim().to_lowercase() == wanted)
                    .ok_or_else(|| DomainError::NoSuchOption(option.trim().to_owned()))?;
                vec![Event::FieldOptionRemoved(FieldOptionRemoved {
                    field: *field,
                    option: option.clone(),
                })]
            }
            Command::RenameFieldOption { field, from, to } => {
                let custom = field_of(*field)?;
                if custom.kind != super::FieldKind::Choice {
                    return Err(DomainError::NotAChoice(custom.name.clone()));
                }
                // "m" names the option "M", as values and new options are matched.
                let wanted = from.trim().to_lowercase();
                let from = custom
                    .options
                    .iter()
                    .find(|o| o.trim().to_lowercase() == wanted)
                    .ok_or_else(|| DomainError::NoSuchOption(from.trim().to_owned()))?;
                if *from == to.trim() {
                    vec![]
                } else {
                    vec![Event::FieldOptionRenamed(FieldOptionRenamed {
                        field: *field,
                        from: from.clone(),
                        to: to.trim().to_owned(),
                    })]
                }
            }
            Command::MoveField { field, position } => {
                field_of(*field)?;
                let now = plan.fields().iter().position(|f| f.id == *field);
                if now == Some(*position as usize) {
                    vec![]
                } else {
                    vec![Event::FieldMoved(FieldMoved {
                        field: *field,
                        position: *position,
                    })]
                }
            }
            Command::RemoveField { field } => {
                field_of(*field)?;
                vec![Event::FieldRemoved(FieldRemoved { field: *field })]
            }
            Command::SetGuestField {
                guest,
                field,
                value,
            } => {
                field_of(*field)?;
                check_value_length(plan, *field, value.as_ref())?;
                if guest_of(*guest)?.custom.get(field) == value.as_ref() {
                    vec![]
                } else {
                    vec![Event::GuestFieldSet(GuestFieldSet {
                        guest: *guest,
                        field: *field,
                        value: value.clone(),
                    })]
                }
            }
            Command::SetPlannedSeats { logical, seats } => {
                if logical_of(*logical)?.planned_seats == *seats {
                    vec![]
                } else {
                    vec![Event::LogicalTablePlannedSeats(LogicalTablePlannedSeats {
                        logical: *logical,
                        seats: *seats,
                    })]
                }
            }
            Command::Many { .. } | Command::ResizeRoomKeepingTables { .. } => {
                return Err(DomainError::Invalid(
                    "command lists are expanded by `propose`".into(),
                ));
            }
        };
        Ok(events)
    }
}

/// The steps of [`Command::ResizeRoomKeepingTables`], in an order in which every table fits its
/// room after every step: grow to cover the old and the new extent, move the tables (relative to
/// the new origin), shrink to the new size, move the room.
fn resize_keeping_tables(
    plan: &Plan,
    room: RoomId,
    x_m: f64,
    y_m: f64,
    width_m: f64,
    height_m: f64,
) -> Result<Vec<Command>, DomainError> {
    let current = plan.room(room).ok_or(DomainError::UnknownRoom(room))?;
    let (shift_x, shift_y) = (x_m - current.x_m, y_m - current.y_m);
    let mut steps = vec![Command::ResizeRoom {
        room,
        width_m: current.width_m.max(width_m + shift_x.max(0.0)).max(width_m),
        height_m: current
            .height_m
            .max(height_m + shift_y.max(0.0))
            .max(height_m),
    }];
    let moves: Vec<TableMove> = plan
        .tables()
        .filter(|t| t.room == room && (shift_x != 0.0 || shift_y != 0.0))
        .map(|t| TableMove {
            table: t.id,
            room,
            x_m: t.x_m - shift_x,
            y_m: t.y_m - shift_y,
        })
        .collect();
    if !moves.is_empty() {
        steps.push(Command::MoveTables(moves));
    }
    steps.push(Command::ResizeRoom {
        room,
        width_m,
        height_m,
    });
    steps.push(Command::MoveRoom { room, x_m, y_m });
    Ok(steps)
}

/// Refuses a custom field name that a built-in column (or an export's header) has, in English or
/// German: an export read back would take the field's values for the built-in's.
fn check_not_built_in(name: &str) -> Result<(), DomainError> {
    match super::attributes::built_in_column(name) {
        Some(key) => Err(DomainError::FieldNameBuiltIn {
            name: name.trim().to_owned(),
            column: super::attributes::field_label(key),
            suggestion: seatplan_i18n::t!("field-name-suggestion", name = name.trim()),
        }),
        None => Ok(()),
    }
}

/// Refuses a text value longer than every export can carry.
fn check_value_length(
    plan: &Plan,
    field: FieldId,
    value: Option<&FieldValue>,
) -> Result<(), DomainError> {
    match value.and_then(FieldValue::too_long) {
        Some(length) => Err(DomainError::ValueTooLong {
            field: plan
                .field(field)
                .map_or_else(String::new, |f| f.name.clone()),
            length,
            max: super::model::MAX_TEXT_VALUE_CHARS,
        }),
        None => Ok(()),
    }
}

fn field_by_name(plan: &Plan, name: &str) -> Result<FieldId, DomainError> {
    plan.field_named(name).map(|f| f.id).ok_or_else(|| {
        DomainError::Invalid(seatplan_i18n::t!("err-no-field-named", name = name.trim()))
    })
}

fn logical_by_name(plan: &Plan, name: &str) -> Result<LogicalId, DomainError> {
    plan.logical_named(name).map(|l| l.id).ok_or_else(|| {
        DomainError::Invalid(seatplan_i18n::t!(
            "err-no-logical-named",
            name = name.trim()
        ))
    })
}

/// The events that delete one table: its logical table lets go of it first, then it goes.
fn push_table_deletion(plan: &Plan, table: TableId, events: &mut Vec<Event>) {
    if let Some(holder) = plan.holder_of(table) {
        events.push(Event::LogicalTableReleased(LogicalTableReleased {
            logical: holder.id,
            table,
        }));
    }
    events.push(Event::TableDeleted(TableDeleted { table }));
}

/// Guest fields with surrounding white space removed (and a blank email as none).
fn trimmed_fields(fields: &GuestFields) -> GuestFields {
    GuestFields {
        first_name: fields.first_name.trim().to_owned(),
        last_name: fields.last_name.trim().to_owned(),
        email: fields
            .email
            .as_deref()
            .map(str::trim)
            .filter(|e| !e.is_empty())
            .map(str::to_owned),
        department: fields.department.trim().to_owned(),
        dietary: fields.dietary.trim().to_owned(),
        vip: fields.vip,
        notes: fields.notes.trim().to_owned(),
        group: fields.group.trim().to_owned(),
    }
}
