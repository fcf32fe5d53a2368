"""nordpii's recognizers live beside Presidio's without replacing them."""

from presidio_analyzer.recognizer_registry.recognizers_loader_utils import RecognizerListLoader

import recognizers


def test_no_class_name_shadows_a_presidio_recognizer():
    # Presidio's predefined-recognizer loader picks classes by name among all
    # EntityRecognizer subclasses in the process: a nordpii class called
    # "PhoneRecognizer" silently replaced Presidio's own (found by
    # bench/engine_speed.py's stock-Presidio baseline).
    ours = {cls.__name__ for cls in recognizers.all_recognizer_classes()}
    theirs = {
        cls.__name__
        for cls in RecognizerListLoader.get_all_existing_recognizers()
        if not cls.__module__.startswith("recognizers")
    }
    assert ours.isdisjoint(theirs), sorted(ours & theirs)
