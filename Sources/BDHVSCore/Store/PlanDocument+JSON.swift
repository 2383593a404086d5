/// The plan document as `plan.document_json` stores it: the bytes `JSONEncoder` writes with
/// sorted keys and unescaped slashes, written directly (the encoder's boxing of every value
/// was a sixteenth of a national load's CPU). Each type writes its keys in sorted order; an
/// optional that is nil is left out, as the synthesized `Encodable` does. A test compares the
/// two on every plan fixture and on texts that need escapes.
extension PlanDocument {
    /// The JSON, or nil for a document this writer leaves to `JSONEncoder`: a number that is
    /// not finite (the encoder refuses it), or a text with a control character other than a
    /// line break, a carriage return or a tab (the encoder's own escapes).
    var sortedJSON: String? {
        var json = JSONText(capacity: 1024 + 512 * tasks.count)
        json.object { o in
            o.key("agencies") { $0.array(agencies) { j, a in j.agency(a) } }
            o.key("budget", budget) { j, b in
                j.object { o in
                    o.key("clause", b.clause)
                    o.key("sources", b.sources) { j, s in j.array(s) { j, f in j.object { o in o.key("id", f.id); o.key("name", f.name) } } }
                    o.key("total", b.total)
                }
            }
            o.key("closing", closing)
            o.key("commune", commune)
            o.key("commune_kind", communeKind)
            o.key("document", document) { j, d in
                j.object { o in o.key("date", d.date); o.key("number", d.number); o.key("place", d.place) }
            }
            o.key("duties", duties) { j, d in
                j.array(d) { j, d in
                    j.object { o in
                        o.key("agency", d.agency); o.key("body", d.body)
                        o.key("items") { $0.strings(d.items) }
                        o.key("requested", d.requested)
                    }
                }
            }
            o.key("format", Int64(format))
            o.key("groups", groups) { j, g in
                j.array(g) { j, g in j.object { o in o.key("id", g.id); o.key("number", g.number); o.key("title", g.title) } }
            }
            o.key("id", id)
            o.key("indicators", indicators) { j, i in j.array(i) { j, i in j.indicator(i) } }
            o.key("issuer", issuer)
            o.key("legal_bases", legalBases) { j, b in
                j.array(b) { j, b in
                    j.object { o in
                        o.key("date", b.date); o.key("issuer", b.issuer); o.key("number", b.number)
                        o.key("relation", b.relation); o.key("subject", b.subject); o.key("type", b.type)
                    }
                }
            }
            o.key("level", level)
            o.key("objectives", objectives) { j, x in
                j.object { o in
                    o.key("purposes", x.purposes) { $0.strings($1) }
                    o.key("requirements", x.requirements) { $0.strings($1) }
                }
            }
            o.key("population", population) { j, p in
                j.object { o in o.key("count", p.count); o.key("date", p.date); o.key("source", p.source) }
            }
            o.key("province", province)
            o.key("recipients", recipients) { j, r in
                j.array(r) { j, r in j.object { o in o.key("for_report", r.forReport); o.key("name", r.name) } }
            }
            o.key("settings", settings) { j, s in j.object { o in o.key("strict_before", s.strictBefore) } }
            o.key("signer", signer) { j, s in
                j.object { o in
                    o.key("authority", s.authority); o.key("name", s.name); o.key("on_behalf", s.onBehalf); o.key("title", s.title)
                }
            }
            o.key("target_groups", targetGroups) { j, g in
                j.array(g) { j, g in
                    j.object { o in o.key("id", g.id); o.key("name", g.name); o.key("national_group", g.nationalGroup) }
                }
            }
            o.key("tasks") { $0.array(tasks) { j, t in j.task(t) } }
            o.key("title", title)
            o.key("units", units) { j, u in j.array(u) { j, u in j.object { o in o.key("id", u.id); o.key("name", u.name) } } }
            o.key("villages", villages) { j, v in
                j.array(v) { j, v in j.object { o in o.key("id", v.id); o.key("kind", v.kind); o.key("name", v.name) } }
            }
            o.key("year", Int64(year))
            o.key("years", years)
        }
        return json.failed ? nil : json.text
    }
}

private extension JSONText {
    mutating func agency(_ a: AgencyDefinition) {
        object { o in
            o.key("aliases", a.aliases) { $0.strings($1) }
            o.key("collective", a.collective)
            o.key("id", a.id)
            o.key("mass_organisation", a.massOrganisation)
            o.key("name", a.name)
        }
    }

    mutating func indicator(_ i: IndicatorDefinition) {
        object { o in
            o.key("horizons", i.horizons) { j, h in
                j.array(h) { j, h in j.object { o in o.key("target") { $0.target(h.target) }; o.key("year", Int64(h.year)) } }
            }
            o.key("id", i.id); o.key("kind", i.kind); o.key("monitor", i.monitor); o.key("name", i.name); o.key("of", i.of)
            o.key("target") { $0.target(i.target) }
            o.key("target_group", i.targetGroup); o.key("task", i.task); o.key("unit", i.unit)
        }
    }

    mutating func target(_ value: TargetValue) {
        switch value {
        case .number(let number): self.number(number)
        case .text(let text): string(text)
        }
    }

    mutating func task(_ t: TaskDefinition) {
        object { o in
            o.key("advisory", t.advisory)
            o.key("budget", t.budget) { j, b in j.object { o in o.key("estimate", b.estimate); o.key("source", b.source) } }
            o.key("check_in", t.checkIn)
            o.key("coordinating", t.coordinating) { j, c in
                j.array(c) { j, c in
                    switch c {
                    case .agency(let id): j.string(id)
                    case .text(let text): j.object { o in o.key("text", text) }
                    }
                }
            }
            o.key("deadline", t.deadline); o.key("deliverable", t.deliverable); o.key("description", t.description)
            o.key("group", t.group); o.key("id", t.id)
            o.key("lead", t.lead) { j, lead in
                if lead.values.count == 1 { j.string(lead.values[0]) } else { j.strings(lead.values) }
            }
            o.key("note", t.note)
            o.key("subtasks", t.subtasks) { j, s in j.array(s) { j, s in j.task(s) } }
            o.key("target_groups", t.targetGroups) { $0.strings($1) }
            o.key("timeline", t.timeline); o.key("title", t.title)
        }
    }
}
