import Yams

extension PlanDocument {
    /// The plan a schema-checked node tree holds.
    init(node: Node) throws {
        let r = try NodeReader(node)
        self.init(
            format: try r.int("format"), id: try r.string("id"), title: try r.string("title"), commune: try r.string("commune"),
            communeKind: try r.optionalString("commune_kind"), province: try r.string("province"), year: try r.int("year"),
            issuer: try r.string("issuer"),
            document: try r.object("document") {
                DocumentReference(number: try $0.optionalString("number"), date: try $0.optionalString("date"), place: try $0.optionalString("place"))
            },
            legalBases: try r.list("legal_bases") { node in
                let b = try NodeReader(node)
                return LegalBasis(relation: try b.optionalString("relation"), type: try b.string("type"), number: try b.string("number"),
                                  date: try b.optionalString("date"), issuer: try b.string("issuer"), subject: try b.string("subject"))
            },
            objectives: try r.object("objectives") { Objectives(purposes: try $0.strings("purposes"), requirements: try $0.strings("requirements")) },
            indicators: try r.list("indicators") { node in
                let i = try NodeReader(node)
                return IndicatorDefinition(id: try i.string("id"), name: try i.string("name"), kind: try i.string("kind"),
                                           of: try i.optionalString("of"), unit: try i.optionalString("unit"), target: try i.double("target"),
                                           targetGroup: try i.optionalString("target_group"), task: try i.optionalString("task"))
            },
            targetGroups: try r.list("target_groups") { node in
                let g = try NodeReader(node)
                return TargetGroupDefinition(id: try g.string("id"), name: try g.string("name"))
            },
            agencies: try r.list("agencies") { node in
                let a = try NodeReader(node)
                return AgencyDefinition(id: try a.string("id"), name: try a.string("name"), aliases: try a.strings("aliases"),
                                        massOrganisation: try a.optionalBool("mass_organisation"))
            } ?? [],
            tasks: try r.list("tasks", TaskDefinition.init(node:)) ?? [],
            budget: try r.object("budget") { b in
                BudgetClause(clause: try b.optionalString("clause"), sources: try b.list("sources") { node in
                    let s = try NodeReader(node)
                    return FundingSource(id: try s.string("id"), name: try s.string("name"))
                }, total: try b.optionalInt64("total"))
            },
            duties: try r.list("duties") { node in
                let d = try NodeReader(node)
                return Duty(agency: try d.optionalString("agency"), body: try d.optionalString("body"), requested: try d.optionalBool("requested"),
                            items: try d.strings("items") ?? [])
            },
            closing: try r.optionalString("closing"),
            recipients: try r.list("recipients") { node in
                let x = try NodeReader(node)
                return Recipient(name: try x.string("name"), forReport: try x.optionalBool("for_report"))
            },
            signer: try r.object("signer") {
                Signer(name: try $0.string("name"), title: try $0.optionalString("title"), authority: try $0.optionalString("authority"))
            },
            settings: try r.object("settings") { Settings(strictBefore: try $0.optionalBool("strict_before")) })
    }
}

extension TaskDefinition {
    /// A task (or sub-task) from its schema-checked node.
    init(node: Node) throws {
        let t = try NodeReader(node)
        self.init(
            id: try t.string("id"), title: try t.string("title"), description: try t.optionalString("description"),
            lead: try t.oneOrMany("lead").map(OneOrMany.init),
            advisory: try t.optionalString("advisory"),
            coordinating: try t.list("coordinating") { node in
                if case .scalar(let scalar) = node { return Coordinator.agency(scalar.string) }
                return Coordinator.text(try NodeReader(node).string("text"))
            },
            targetGroups: try t.strings("target_groups"), timeline: try t.optionalString("timeline"),
            deadline: try t.optionalString("deadline"), checkIn: try t.optionalString("check_in"), note: try t.optionalString("note"),
            budget: try t.object("budget") { TaskBudget(estimate: try $0.optionalInt64("estimate") ?? 0, source: try $0.optionalString("source")) },
            subtasks: try t.list("subtasks", TaskDefinition.init(node:)))
    }
}
