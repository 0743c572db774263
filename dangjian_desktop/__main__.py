from dangjian_desktop.app import run

if __name__ == "__main__":
    run()
