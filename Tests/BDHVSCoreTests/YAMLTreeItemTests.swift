import Testing
import Yams
@testable import BDHVSCore

/// Item N of a list is found in one step, and is the N-th child the walk gives, in a tree
/// composed from libyaml's events and in one copied from Yams' nodes alike.
@Suite struct YAMLTreeItemTests {
    static let text = """
        tasks:
          - {id: a, lead: [x, y, {text: "z"}]}
          - [1, [2, 3], []]
          - id: c
            subtasks:
              - {id: c1}
              - {id: c2}
        empty: []
        """

    static func expectItemsAreChildren(_ tree: YAMLTree) -> Int {
        var lists = 0
        for node in 0..<tree.items.count where tree.isSequence(node) {
            lists += 1
            #expect(Array(0..<tree.count(node)).map { tree.item(node, at: $0) } == Array(tree.children(node)))
            #expect(tree.item(node, at: tree.count(node)) == nil)
            #expect(tree.item(node, at: -1) == nil)
        }
        return lists
    }

    @Test func itemsOfEveryListFromEvents() throws {
        let tree = try #require(YAMLSource.composeTree(Self.text, file: "t.yaml").tree)
        #expect(Self.expectItemsAreChildren(tree) == 7)
        let tasks = try #require(tree.value(YAMLTree.root, forKey: "tasks"))
        let third = try #require(tree.item(tasks, at: 2))
        let subtasks = try #require(tree.value(third, forKey: "subtasks"))
        let second = try #require(tree.item(subtasks, at: 1))
        #expect(tree.value(second, forKey: "id").flatMap(tree.scalar) == "c2")
        #expect(tree.line(second) == 7)
    }

    @Test func itemsOfEveryListFromYams() throws {
        let node = try #require(try Yams.compose(yaml: Self.text))
        #expect(Self.expectItemsAreChildren(YAMLTree(node)) == 7)
    }

    @Test func aPathToTheLastOfManyItemsIsFound() throws {
        let text = "tasks:\n" + (0..<5_000).map { "  - {id: t\($0)}\n" }.joined()
        let tree = try #require(YAMLSource.composeTree(text, file: "t.yaml").tree)
        let last = NodePath().key("tasks").index(4_999).node(in: tree)
        #expect(tree.value(last, forKey: "id").flatMap(tree.scalar) == "t4999")
        #expect(tree.line(last) == 5_001)
    }
}
