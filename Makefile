# eddy: convenience targets over CMake + Ninja.
#   make          build build/eddy (Release)
#   make demo     install missing Debian packages, build, run examples/hello.js
#   make test     build and run every test layer (unit, js, compare)
#   make install  install eddy into PREFIX (default /usr/local)
#   make asan     ASan/UBSan build in build-asan/ and run the tests there
BUILD ?= build
PREFIX ?= /usr/local
JOBS ?= $(shell nproc)

.PHONY: all deps demo test install asan clean bench

all: $(BUILD)/build.ninja
	ninja -C $(BUILD) -j $(JOBS)

$(BUILD)/build.ninja:
	cmake -S . -B $(BUILD) -G Ninja -DCMAKE_BUILD_TYPE=Release -DCMAKE_INSTALL_PREFIX=$(PREFIX)

deps:
	./tools/install-deps.sh

demo: deps
	$(MAKE) all
	$(BUILD)/eddy examples/hello.js one two

test: all
	python3 tools/run_all_tests.py --build $(BUILD)

install: all
	cmake --install $(BUILD) --prefix $(PREFIX)

asan:
	cmake -S . -B build-asan -G Ninja -DCMAKE_BUILD_TYPE=Debug -DEDDY_ASAN=ON
	ninja -C build-asan -j $(JOBS)
	python3 tools/run_all_tests.py --build build-asan

bench: all
	python3 bench/run.py

clean:
	rm -rf $(BUILD) build-asan
