"""`sleeve render`: one track into a folder, or a batch with a contact sheet."""

from __future__ import annotations

import json
from pathlib import Path

from PIL import Image
from typer.testing import CliRunner

from sleeve.cli import app

runner = CliRunner()


def test_single_track_writes_exactly_two_pngs(tmp_path: Path) -> None:
    (tmp_path / "old.png").write_bytes(b"stale")
    result = runner.invoke(
        app,
        [
            "render",
            "--title",
            "Glass City",
            "--tags",
            "dream pop",
            "--size",
            "256",
            "--out",
            str(tmp_path),
            "--json",
        ],
    )
    assert result.exit_code == 0, result.output
    files = sorted(tmp_path.glob("*"))
    assert len(files) == 2 and all(f.suffix == ".png" for f in files)
    payload = json.loads(result.output)
    assert payload["direction"]["title"] == "Glass City"
    assert Image.open(files[0]).size == (256, 256)


def test_styles_can_be_chosen(tmp_path: Path) -> None:
    result = runner.invoke(
        app,
        [
            "render",
            "--title",
            "T",
            "--styles",
            "grain_gradient,swiss_geometry",
            "--size",
            "128",
            "--out",
            str(tmp_path),
            "--json",
        ],
    )
    assert result.exit_code == 0, result.output
    assert [Path(p).stem.split("-", 2)[2] for p in json.loads(result.output)["files"]] == [
        "grain_gradient",
        "swiss_geometry",
    ]


def test_batch_renders_every_track_and_a_contact_sheet(tmp_path: Path) -> None:
    batch = tmp_path / "tracks.jsonl"
    batch.write_text(
        "\n".join(
            json.dumps(t)
            for t in [
                {"title": "One", "tags": "techno"},
                {"title": "Два", "tags": "folk", "lyrics": "ночь"},
                {"title": "三", "tags": "city pop"},
            ]
        )
    )
    out = tmp_path / "out"
    result = runner.invoke(
        app, ["render", "--batch", str(batch), "--size", "128", "--out", str(out)]
    )
    assert result.exit_code == 0, result.output
    assert len(list(out.glob("*-?-*.png"))) == 6
    assert Image.open(out / "contact_sheet.png").size[0] > 128 * 3


def test_bad_input_exits_non_zero_with_a_message(tmp_path: Path) -> None:
    cases = [
        ["render", "--title", "T", "--size", "5000", "--out", str(tmp_path)],
        ["render", "--title", "T", "--styles", "grain_gradient,nope", "--out", str(tmp_path)],
        [
            "render",
            "--title",
            "T",
            "--audio",
            str(tmp_path / "missing.mp3"),
            "--out",
            str(tmp_path),
        ],
        ["render", "--out", str(tmp_path)],
    ]
    for args in cases:
        result = runner.invoke(app, args)
        assert result.exit_code != 0
        assert "error" in result.output.lower()
    bad = tmp_path / "bad.jsonl"
    bad.write_text("{not json\n")
    result = runner.invoke(app, ["render", "--batch", str(bad), "--out", str(tmp_path / "o")])
    assert result.exit_code != 0 and "not JSON" in result.output


def _batch(tmp_path: Path, lines: list[dict]) -> Path:
    batch = tmp_path / "tracks.jsonl"
    batch.write_text("\n".join(json.dumps(line, ensure_ascii=False) for line in lines))
    return batch


def test_same_words_over_different_audio_are_two_tracks(tmp_path: Path) -> None:
    from tests.engine.synth_audio import write_track

    drone = write_track(str(tmp_path / "drone.wav"), sr=22050, beat=False, loudness=0.1)
    beat = write_track(str(tmp_path / "beat.wav"), sr=22050, bpm=174, loudness=0.95)
    batch = _batch(
        tmp_path,
        [
            {"title": "Same", "tags": "electronic", "audio": "drone.wav"},  # next to the batch
            {"title": "Same", "tags": "electronic", "audio": beat},
        ],
    )
    out = tmp_path / "out"
    result = runner.invoke(
        app, ["render", "--batch", str(batch), "--size", "128", "--out", str(out), "--json"]
    )
    assert result.exit_code == 0, result.output
    tracks = json.loads(result.output)["tracks"]
    assert tracks[0]["taskId"] != tracks[1]["taskId"]
    assert all(t["direction"]["has_audio"] for t in tracks), drone
    files = [f for t in tracks for f in t["files"]]
    assert len(set(files)) == 4 and all(Path(f).is_file() for f in files)
    assert len(list(out.glob("*-?-*.png"))) == 4
    assert tracks[1]["direction"]["density"] > tracks[0]["direction"]["density"]
    assert Image.open(out / "contact_sheet.png").size[0] > 128 * 3


def test_a_batch_line_may_carry_its_own_task_id(tmp_path: Path) -> None:
    batch = _batch(
        tmp_path,
        [
            {"taskId": "release-1", "title": "Same", "tags": "folk"},
            {"taskId": "release-2", "title": "Same", "tags": "folk"},
        ],
    )
    out = tmp_path / "out"
    result = runner.invoke(
        app, ["render", "--batch", str(batch), "--size", "128", "--out", str(out), "--json"]
    )
    assert result.exit_code == 0, result.output
    tracks = json.loads(result.output)["tracks"]
    assert [t["taskId"] for t in tracks] == ["release-1", "release-2"]
    assert tracks[0]["direction"]["seed"] != tracks[1]["direction"]["seed"]
    for track in tracks:
        assert all(Path(f).name.startswith(track["taskId"] + "-") for f in track["files"])
    assert len(list(out.glob("release-*.png"))) == 4


def test_a_task_id_given_twice_for_different_tracks_is_refused(tmp_path: Path) -> None:
    batch = _batch(
        tmp_path,
        [{"taskId": "x", "title": "One"}, {"taskId": "x", "title": "Two"}],
    )
    result = runner.invoke(app, ["render", "--batch", str(batch), "--out", str(tmp_path / "o")])
    assert result.exit_code != 0
    assert "repeats taskId 'x' of line 1" in result.output
    bad = _batch(tmp_path, [{"taskId": 7, "title": "One"}])
    result = runner.invoke(app, ["render", "--batch", str(bad), "--out", str(tmp_path / "o")])
    assert result.exit_code != 0 and "taskId" in result.output
