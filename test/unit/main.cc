// eddy: GoogleTest main: the engine is initialised once per process.
#include <gtest/gtest.h>
#include <js/Initialization.h>

#include "engine/self_hosted_cache.h"

namespace {

class EngineEnvironment : public ::testing::Environment {
 public:
  void SetUp() override {
    eddy::InstallBuildIdOp();
    ASSERT_TRUE(JS_Init());
  }
  void TearDown() override { JS_ShutDown(); }
};

}  // namespace

int main(int argc, char** argv) {
  ::testing::InitGoogleTest(&argc, argv);
  ::testing::AddGlobalTestEnvironment(new EngineEnvironment);
  return RUN_ALL_TESTS();
}
