# C4S Workbench. `make run` opens the workbench; `make test` runs the whole suite.
# Both install the system packages they need first (scripts/setup.sh, as root or via sudo).
SWIFT ?= swift

.PHONY: setup build run test bench catalog clean

setup:
	@scripts/setup.sh

build: setup
	$(SWIFT) build -c release

run: build
	.build/release/c4s

test: setup
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build

bench: build
	.build/release/c4s bench --machine --json

catalog:
	python3 scripts/make-catalog.py

clean:
	rm -rf .build
