import C4SWorkbench
import Testing

/// `c4s bench --machine` keeps an existing machine.json when the 1-minute load exceeds the core count, unless forced;
/// the decision is tested with injected loads, not timings.
@Suite struct MachineLoadGuardTests {
    @Test func theOneMinuteLoadIsTheFirstFieldOfProcLoadavg() {
        #expect(MachineLoadGuard.oneMinuteLoad(fromLoadavg: "2.37 1.77 1.55 9/132 26850\n") == 2.37)
        #expect(MachineLoadGuard.oneMinuteLoad(fromLoadavg: "15.02 9.5 3.1 12/900 1") == 15.02)
        #expect(MachineLoadGuard.oneMinuteLoad(fromLoadavg: "") == nil)
        #expect(MachineLoadGuard.oneMinuteLoad(fromLoadavg: "busy 1 1") == nil)
        #expect(MachineLoadGuard.oneMinuteLoad(fromLoadavg: "-1 0 0") == nil)
        #expect(MachineLoadGuard.oneMinuteLoad(fromLoadavg: "nan 0 0") == nil)
    }

    @Test func aLoadAboveTheCoreCountKeepsAnExistingCacheUnlessForced() {
        let loaded = MachineLoadGuard(oneMinuteLoad: 15.3, cores: 2)
        #expect(loaded.isLoaded)
        #expect(loaded.decision(cacheExists: true, force: false) == .keepExisting)
        #expect(loaded.decision(cacheExists: true, force: true) == .store)
        #expect(loaded.decision(cacheExists: false, force: false) == .store, "no earlier cache: a loaded figure beats none")
        #expect(loaded.warning?.contains("15.30 on 2 cores") == true)
    }

    @Test func aLoadAtOrBelowTheCoreCountStores() {
        for load in [0.0, 0.8, 2.0] {
            let quiet = MachineLoadGuard(oneMinuteLoad: load, cores: 2)
            #expect(!quiet.isLoaded)
            #expect(quiet.decision(cacheExists: true, force: false) == .store)
            #expect(quiet.warning == nil)
        }
        #expect(MachineLoadGuard(oneMinuteLoad: 2.01, cores: 2).isLoaded)
        #expect(!MachineLoadGuard(oneMinuteLoad: 7.9, cores: 8).isLoaded)
    }

    @Test func anUnknownLoadStores() {
        let unknown = MachineLoadGuard(oneMinuteLoad: nil, cores: 2)
        #expect(!unknown.isLoaded && unknown.warning == nil)
        #expect(unknown.decision(cacheExists: true, force: false) == .store)
    }

    @Test func theCurrentMachineHasAtLeastOneCore() {
        #expect(MachineLoadGuard.current().cores >= 1)
    }
}
