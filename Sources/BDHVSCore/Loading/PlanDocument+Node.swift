extension PlanDocument {
    /// The plan a node tree holds, read as far as it can be (see `NodeReader`).
    init(tree: YAMLTree, problems: ReadProblems) {
        let r = NodeReader<CodingKeys>(YAMLTree.root, in: tree, problems)
        self.init(
            format: r.int(.format), id: r.string(.id), title: r.string(.title), level: r.optionalString(.level),
            commune: r.string(.commune), communeKind: r.optionalString(.communeKind), province: r.string(.province),
            // A multi-year plan may give only its years: its year is then the first of them.
            year: r.has(.year) ? r.int(.year) : r.optionalString(.years).flatMap(YearSpan.init)?.first ?? 0,
            years: r.optionalString(.years), issuer: r.string(.issuer),
            document: r.object(.document, DocumentReference.CodingKeys.self) {
                DocumentReference(number: $0.optionalString(.number), date: $0.optionalString(.date), place: $0.optionalString(.place))
            },
            legalBases: r.list(.legalBases) { node in
                let b = r.reader(node, LegalBasis.CodingKeys.self)
                return LegalBasis(relation: b.optionalString(.relation), type: b.string(.type), number: b.string(.number),
                                  date: b.optionalString(.date), issuer: b.string(.issuer), subject: b.string(.subject))
            },
            objectives: r.object(.objectives, Objectives.CodingKeys.self) {
                Objectives(purposes: $0.strings(.purposes), requirements: $0.strings(.requirements))
            },
            indicators: r.list(.indicators) { node in
                let i = r.reader(node, IndicatorDefinition.CodingKeys.self)
                return IndicatorDefinition(id: i.string(.id), name: i.string(.name), kind: i.string(.kind), of: i.optionalString(.of),
                                           unit: i.optionalString(.unit), target: i.target(.target),
                                           horizons: i.list(.horizons) { node in
                                               let h = i.reader(node, TargetHorizon.CodingKeys.self)
                                               return TargetHorizon(year: h.int(.year), target: h.target(.target))
                                           },
                                           monitor: i.optionalString(.monitor),
                                           targetGroup: i.optionalString(.targetGroup), task: i.optionalString(.task))
            },
            targetGroups: r.list(.targetGroups) { node in
                let g = r.reader(node, TargetGroupDefinition.CodingKeys.self)
                return TargetGroupDefinition(id: g.string(.id), name: g.string(.name), nationalGroup: g.optionalString(.nationalGroup))
            },
            villages: r.list(.villages) { node in
                let v = r.reader(node, VillageDefinition.CodingKeys.self)
                return VillageDefinition(id: v.string(.id), name: v.string(.name), kind: v.string(.kind))
            },
            population: r.object(.population, CommunePopulation.CodingKeys.self) {
                CommunePopulation(count: $0.optionalInt64(.count) ?? 0, date: $0.optionalString(.date), source: $0.optionalString(.source))
            },
            units: r.list(.units) { node in
                let u = r.reader(node, UnitDefinition.CodingKeys.self)
                return UnitDefinition(id: u.string(.id), name: u.optionalString(.name))
            },
            agencies: r.list(.agencies) { node in
                let a = r.reader(node, AgencyDefinition.CodingKeys.self)
                return AgencyDefinition(id: a.string(.id), name: a.string(.name), aliases: a.strings(.aliases),
                                        massOrganisation: a.optionalBool(.massOrganisation), collective: a.optionalBool(.collective))
            } ?? [],
            groups: r.list(.groups) { node in
                let g = r.reader(node, TaskGroupDefinition.CodingKeys.self)
                return TaskGroupDefinition(id: g.string(.id), number: g.optionalString(.number), title: g.string(.title))
            },
            tasks: r.list(.tasks) { TaskDefinition(node: $0, in: tree, problems: problems) } ?? [],
            budget: r.object(.budget, BudgetClause.CodingKeys.self) { b in
                BudgetClause(clause: b.optionalString(.clause), sources: b.list(.sources) { node in
                    let s = b.reader(node, FundingSource.CodingKeys.self)
                    return FundingSource(id: s.string(.id), name: s.string(.name))
                }, total: b.optionalMoney(.total))
            },
            duties: r.list(.duties) { node in
                let d = r.reader(node, Duty.CodingKeys.self)
                return Duty(agency: d.optionalString(.agency), body: d.optionalString(.body), requested: d.optionalBool(.requested),
                            items: d.strings(.items) ?? [])
            },
            closing: r.optionalString(.closing),
            recipients: r.list(.recipients) { node in
                let x = r.reader(node, Recipient.CodingKeys.self)
                return Recipient(name: x.string(.name), forReport: x.optionalBool(.forReport))
            },
            signer: r.object(.signer, Signer.CodingKeys.self) {
                Signer(name: $0.string(.name), title: $0.optionalString(.title), authority: $0.optionalString(.authority),
                       onBehalf: $0.optionalBool(.onBehalf))
            },
            settings: r.object(.settings, Settings.CodingKeys.self) { Settings(strictBefore: $0.optionalBool(.strictBefore)) })
    }
}

extension TaskDefinition {
    /// A task (or sub-task) from its node, read as far as it can be.
    init(node: Int, in tree: YAMLTree, problems: ReadProblems) {
        let t = NodeReader<CodingKeys>(node, in: tree, problems)
        self.init(
            id: t.string(.id), title: t.string(.title), description: t.optionalString(.description),
            lead: t.oneOrMany(.lead).map(OneOrMany.init),
            advisory: t.optionalString(.advisory),
            coordinating: t.list(.coordinating) { node in
                if tree.isScalar(node) { return Coordinator.agency(tree.string(node)) }
                return Coordinator.text(t.reader(node, Coordinator.Keys.self).string(.text))
            },
            targetGroups: t.strings(.targetGroups), timeline: t.optionalString(.timeline),
            deadline: t.optionalString(.deadline), checkIn: t.optionalString(.checkIn), group: t.optionalString(.group),
            deliverable: t.optionalString(.deliverable), note: t.optionalString(.note),
            budget: t.object(.budget, TaskBudget.CodingKeys.self) { TaskBudget(estimate: $0.optionalMoney(.estimate) ?? 0, source: $0.optionalString(.source)) },
            subtasks: t.list(.subtasks) { TaskDefinition(node: $0, in: tree, problems: problems) })
    }
}
