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
            if let period = event.recurrence, let until = event.until {
                // Tết moves with the moon: no rule says it, its days are listed; so are a
                // period's day, which a rule would skip in months too short for it.
                if period.listsItsDays {
                    let days = period.occurrences(inYears: event.date.year...until.year).map(\.end).filter { $0 > event.date && $0 <= until }
                    if !days.isEmpty { lines.append("RDATE;VALUE=DATE:" + days.map(compact).joined(separator: ",")) }
                } else {
                    lines.append("RRULE:" + rule(period, until: until))
                }
            }
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
        case .yearlyTet:
            // Not used (the days are listed); the calendar year's as the nearest rule.
            return "FREQ=YEARLY;" + end
        case .dayOfPeriod(let months, let day):
            // Not used (the days are listed); the nearest rule.
            return "FREQ=MONTHLY;INTERVAL=\(months);BYMONTHDAY=\(day);" + end
        }
    }

    func compact(_ date: CivilDate) -> String { date.iso.replacingOccurrences(of: "-", with: "") }

    /// A TEXT value (RFC 5545 §3.3.11), made safe in one place: every text property goes
    /// through here. Backslash, ';' and ',' are escaped; a line break (LF, CR, CRLF, VT, FF,
    /// NEL, LS, PS) becomes the escape `\n`; a tab stays (TEXT allows it); every other C0
    /// control, DEL, every C1 control and every noncharacter is removed: RFC 5545 forbids
    /// controls in TEXT and calendar apps show none of them.
    func escape(_ text: String) -> String {
        var out = ""
        var previous: Unicode.Scalar?
        for scalar in text.unicodeScalars {
            defer { previous = scalar }
            switch scalar {
            case "\\": out += "\\\\"
            case ";": out += "\\;"
            case ",": out += "\\,"
            default:
                switch ScalarKind(scalar) {
                case .text, .tab: out.unicodeScalars.append(scalar)
                case .lineBreak where scalar == "\n" && previous == "\r": continue  // CRLF is one break
                case .lineBreak: out += "\\n"
                case .control, .noncharacter, .bidiControl: continue
                }
            }
        }
        return out
    }

    /// Folds a line into pieces of at most 75 octets (RFC 5545 §3.1), the leading space of a
    /// continuation included. It cuts between Unicode scalars, never inside one's UTF-8
    /// bytes; it may cut a long grapheme cluster (a letter with many marks), which unfolding
    /// joins again, rather than let a line grow past the limit.
    func fold(_ line: String) -> String {
        var pieces: [String] = []
        var current = String.UnicodeScalarView()
        var octets = 0
        for scalar in line.unicodeScalars {
            let size = UTF8.width(scalar)
            let limit = pieces.isEmpty ? 75 : 74
            if octets + size > limit {
                pieces.append(String(current))
                current = String.UnicodeScalarView()
                octets = 0
            }
            current.append(scalar)
            octets += size
        }
        pieces.append(String(current))
        return pieces.joined(separator: "\r\n ")
    }
}

extension RecurrencePeriod {
    /// True when the calendar file lists the days (RDATE) rather than a rule.
    var listsItsDays: Bool {
        switch self {
        case .yearlyTet, .dayOfPeriod: return true
        default: return false
        }
    }
}
