/// Deadlines as an iCalendar file (RFC 5545) an officer can subscribe to on a phone: one
/// all-day event per dated task, one recurring event per recurring duty (each period due at
/// its end) until the end of the plan's year. CRLF lines folded at 75 octets, text escaped,
/// stable UIDs, and DTSTAMP from the as-of date so the same data gives the same file.
public struct ICalendarWriter: Sendable {
    /// One event to write.
    public struct Event: Sendable, Equatable {
        public var uid: String
        public var summary: String
        public var description: String
        public var date: CivilDate
        public var recurrence: RecurrencePeriod?
        public var until: CivilDate?
    }

    public var name: String
    public var asOf: CivilDate

    public init(name: String, asOf: CivilDate) {
        self.name = name
        self.asOf = asOf
    }

    public func render(_ events: [Event]) -> String {
        var lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//bdhvs//Binh dan hoc vu so//VI", "CALSCALE:GREGORIAN",
                     "METHOD:PUBLISH", "X-WR-CALNAME:" + escape(name), "X-WR-TIMEZONE:Asia/Ho_Chi_Minh"]
        for event in events {
            lines += ["BEGIN:VEVENT", "UID:" + event.uid, "DTSTAMP:" + compact(asOf) + "T000000Z",
                      "DTSTART;VALUE=DATE:" + compact(event.date), "DTEND;VALUE=DATE:" + compact(event.date.adding(days: 1)),
                      "SUMMARY:" + escape(event.summary), "DESCRIPTION:" + escape(event.description), "TRANSP:TRANSPARENT"]
            if let period = event.recurrence, let until = event.until { lines.append("RRULE:" + rule(period, until: until)) }
            lines.append("END:VEVENT")
        }
        lines.append("END:VCALENDAR")
        return lines.map(fold).joined(separator: "\r\n") + "\r\n"
    }

    /// The rule that puts an occurrence on each period's last day.
    func rule(_ period: RecurrencePeriod, until: CivilDate) -> String {
        let end = "UNTIL=" + compact(until)
        switch period {
        case .daily: return "FREQ=DAILY;" + end
        case .weekly: return "FREQ=WEEKLY;BYDAY=SU;" + end
        case .monthly: return "FREQ=MONTHLY;BYMONTHDAY=-1;" + end
        case .quarterly: return "FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=-1;" + end
        case .halfYearly: return "FREQ=MONTHLY;INTERVAL=6;BYMONTHDAY=-1;" + end
        case .yearly: return "FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=31;" + end
        case .yearlyOn(let day):
            // The month's last day (-1) when the duty is due at the month's end, so February works every year.
            let last = day.day == CivilDate.daysInMonth(year: 2000, month: day.month)
            return "FREQ=YEARLY;BYMONTH=\(day.month);BYMONTHDAY=\(last ? "-1" : String(day.day));" + end
        }
    }

    func compact(_ date: CivilDate) -> String { date.iso.replacingOccurrences(of: "-", with: "") }

    /// TEXT escaping: backslash, ';', ',' and line breaks.
    func escape(_ text: String) -> String {
        var out = ""
        for character in text {
            switch character {
            case "\\": out += "\\\\"
            case ";": out += "\\;"
            case ",": out += "\\,"
            case "\n", "\r\n", "\r": out += "\\n"
            default: out.append(character)
            }
        }
        return out
    }

    /// Folds a line into pieces of at most 75 octets, never inside a UTF-8 character.
    func fold(_ line: String) -> String {
        var pieces: [String] = []
        var current = ""
        var octets = 0
        for character in line {
            let size = String(character).utf8.count
            let limit = pieces.isEmpty ? 75 : 74
            if octets + size > limit {
                pieces.append(current)
                current = ""
                octets = 0
            }
            current.append(character)
            octets += size
        }
        pieces.append(current)
        return pieces.joined(separator: "\r\n ")
    }
}
